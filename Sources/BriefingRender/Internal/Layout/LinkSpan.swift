/// A run of displayed text (UTF-8 byte offsets) that links to a named PDF destination or, when
/// `external`, to a URL opened by the reader's browser.
struct LinkSpan: Hashable {
    var bytes: Range<Int>
    var destination: String
    var external = false
}
