/// A run of displayed text (UTF-8 byte offsets) that links to a named PDF destination.
struct LinkSpan: Hashable {
    var bytes: Range<Int>
    var destination: String
}
