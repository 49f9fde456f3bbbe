import CLibXML2

/// The attributes the walk decides by, read in one pass over an element's attribute list (the
/// walk visits every element of the page, so one pass instead of a lookup per name matters).
struct ElementAttributes {
    var className: String?
    var id: String?
    var role: String?
    var itemprop: String?
    /// `hidden`, `aria-hidden="true"`, or a style with `display:none` / `visibility:hidden`.
    var isHidden = false

    /// What an `ElementHint` is made from.
    struct Key: Hashable {
        let className: String?
        let id: String?
        let role: String?
        let itemprop: String?
    }

    var key: Key { Key(className: className, id: id, role: role, itemprop: itemprop) }

    init(_ node: xmlNodePtr) {
        var property = node.pointee.properties
        while let current = property {
            property = current.pointee.next
            guard let name = current.pointee.name else { continue }
            switch name[0] {
            case UInt8(ascii: "c"): if xmlStrEqual(name, "class") != 0 { className = Self.value(current) }
            case UInt8(ascii: "i"):
                if xmlStrEqual(name, "id") != 0 { id = Self.value(current) }
                if xmlStrEqual(name, "itemprop") != 0 { itemprop = Self.value(current) }
            case UInt8(ascii: "r"): if xmlStrEqual(name, "role") != 0 { role = Self.value(current) }
            case UInt8(ascii: "h"): if xmlStrEqual(name, "hidden") != 0 { isHidden = true }
            case UInt8(ascii: "a"): if xmlStrEqual(name, "aria-hidden") != 0, Self.value(current) == "true" { isHidden = true }
            case UInt8(ascii: "s"):
                if xmlStrEqual(name, "style") != 0, let style = Self.value(current) {
                    let compact = style.lowercased().filter { $0 != " " }
                    if compact.contains("display:none") || compact.contains("visibility:hidden") { isHidden = true }
                }
            default: break
            }
        }
    }

    /// An attribute's value: the text node libxml2 keeps as its child.
    static func value(_ attribute: xmlAttrPtr) -> String? {
        guard let child = attribute.pointee.children, let content = child.pointee.content else { return "" }
        return String(cString: content)
    }
}
