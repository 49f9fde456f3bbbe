import CLibXML2

/// An element's attributes as the SAX parser hands them over (a NULL-terminated list of name,
/// value pairs), read in one pass: the walk sees every element of the page, so the few names it
/// decides by are picked out here rather than looked up one by one.
struct ElementAttributes {
    /// The class and id values as libxml2 hands them over, valid only during the SAX callback:
    /// the walk reads their hints straight from these bytes (see `PageWalker.valueHint`).
    var className: UnsafePointer<xmlChar>?
    var id: UnsafePointer<xmlChar>?
    var role: String?
    var itemprop: String?
    /// `hidden`, `aria-hidden="true"`, or a style with `display:none` / `visibility:hidden`.
    var isHidden = false
    /// Every attribute, kept only for the elements read for metadata (`meta`, `link`, `time`).
    var all: [String: String] = [:]

    /// `readsHints`: whether the class, id, role and itemprop are wanted (block elements only; the
    /// walk asks every other element only whether it is hidden). Values become Swift strings only
    /// when read: most attributes on a page (href, src, data-…) are never looked at.
    init(_ pairs: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, keepAll: Bool, readsHints: Bool = true) {
        guard let pairs else { return }
        if keepAll { all.reserveCapacity(4) }
        var index = 0
        while let name = pairs[index] {
            let raw = pairs[index + 1]
            index += 2
            var value: String? { raw.map { String(cString: $0) } }
            if keepAll {
                let key = String(cString: name)
                all[key.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) ? key.lowercased() : key] = value ?? ""
            }
            switch name[0] | 0x20 {
            case UInt8(ascii: "c"): if readsHints, xmlStrcasecmp(name, "class") == 0 { className = raw }
            case UInt8(ascii: "i"):
                guard readsHints else { break }
                if xmlStrcasecmp(name, "id") == 0 { id = raw }
                if xmlStrcasecmp(name, "itemprop") == 0 { itemprop = value }
            case UInt8(ascii: "r"): if readsHints, xmlStrcasecmp(name, "role") == 0 { role = value }
            case UInt8(ascii: "h"): if xmlStrcasecmp(name, "hidden") == 0 { isHidden = true }
            case UInt8(ascii: "a"): if xmlStrcasecmp(name, "aria-hidden") == 0, let raw, xmlStrEqual(raw, "true") != 0 { isHidden = true }
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
