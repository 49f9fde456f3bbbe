import CLibXML2
import Foundation

/// A web page parsed by libxml2's HTML parser, freed with the value.
///
/// libxml2's HTML parser is the tolerant one browsers-era tools grew up on (lxml, which
/// trafilatura and readability-lxml use, sits on it): it repairs unclosed and misnested tags
/// instead of failing, never touches the network with `HTML_PARSE_NONET`, caps nesting depth
/// (256 levels) so a hostile page cannot exhaust the stack, and is installed everywhere
/// (`libxml2-dev`). A non-Sendable class: the C tree belongs to the one task that parsed it.
final class HTMLDocument {
    let pointer: htmlDocPtr

    /// Parses `bytes` in the named character encoding (an iconv name, as `PageCharset` gives);
    /// nil when libxml2 builds no tree at all (empty input, an encoding it cannot convert).
    init?(bytes: UnsafeRawBufferPointer, encoding: String) {
        guard bytes.count > 0, bytes.count < Int(Int32.max), let base = bytes.baseAddress else { return nil }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        guard let document = htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), nil,
                                            encoding, options) else { return nil }
        pointer = document
    }

    deinit { xmlFreeDoc(pointer) }

    /// The root element (`<html>`, which the parser supplies when the page omits it).
    var root: xmlNodePtr? { xmlDocGetRootElement(pointer) }
}

/// Read-only access to a libxml2 node's name, attributes and text.
extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    /// The element name; libxml2's HTML parser lower-cases it already.
    var tagName: String { pointee.name.map { String(cString: $0) } ?? "" }

    /// The value of attribute `name`, or nil.
    func attribute(_ name: String) -> String? {
        var property = pointee.properties
        while let current = property {
            if let attributeName = current.pointee.name, xmlStrcasecmp(attributeName, name) == 0 {
                guard let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) else { return "" }
                defer { briefing_xml_free(value) }
                return String(cString: value)
            }
            property = current.pointee.next
        }
        return nil
    }

    /// All the text inside the node, as libxml2 concatenates it.
    var textContent: String {
        guard let value = xmlNodeGetContent(self) else { return "" }
        defer { briefing_xml_free(value) }
        return String(cString: value)
    }
}
