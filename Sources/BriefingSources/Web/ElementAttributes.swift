import CLibXML2

/// An element's attributes as the SAX parser hands them over (a NULL-terminated list of name,
/// value pairs), read in one pass: the walk sees every element of the page, so the few names it
/// decides by are picked out here rather than looked up one by one.
struct ElementAttributes {
    var className: String?
    var id: String?
    var role: String?
    var itemprop: String?
    /// `hidden`, `aria-hidden="true"`, or a style with `display:none` / `visibility:hidden`.
    var isHidden = false
    /// Every attribute, kept only for the elements read for metadata (`meta`, `link`, `time`).
    var all: [String: String] = [:]

    init(_ pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, keepAll: Bool) {
        guard let pairs else { return }
        var index = 0
        while let name = pairs[index] {
            let value = pairs[index + 1].map { String(cString: $0) }
            index += 2
            if keepAll { all[String(cString: name).lowercased()] = value ?? "" }
            switch name[0] | 0x20 {
            case UInt8(ascii: "c"): if xmlStrcasecmp(name, "class") == 0 { className = value }
            case UInt8(ascii: "i"):
                if xmlStrcasecmp(name, "id") == 0 { id = value }
                if xmlStrcasecmp(name, "itemprop") == 0 { itemprop = value }
            case UInt8(ascii: "r"): if xmlStrcasecmp(name, "role") == 0 { role = value }
            case UInt8(ascii: "h"): if xmlStrcasecmp(name, "hidden") == 0 { isHidden = true }
            case UInt8(ascii: "a"): if xmlStrcasecmp(name, "aria-hidden") == 0, value == "true" { isHidden = true }
            case UInt8(ascii: "s"):
                if xmlStrcasecmp(name, "style") == 0, let style = value {
                    let compact = style.lowercased().filter { $0 != " " }
                    if compact.hasBytes("display:none") || compact.hasBytes("visibility:hidden") { isHidden = true }
                }
            default: break
            }
        }
    }
}
