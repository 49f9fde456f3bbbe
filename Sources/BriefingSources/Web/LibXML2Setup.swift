import CLibXML2

/// libxml2's global state, set up once before any thread parses.
///
/// Why: libxml2 2.9 creates its global locks and random seed lazily, and two threads creating
/// their first parser at the same moment can both start that setup: the reader then hung for
/// good inside `xmlDictCreate` (seen once in about sixty runs over six web pages, the two cores
/// each opening one). `xmlInitParser` does the setup; Swift runs a static initialiser exactly
/// once, making every other thread wait until it is done.
enum LibXML2Setup {
    static let done: Void = { xmlInitParser() }()

    /// Call before parsing, on any thread; cheap after the first time.
    static func ensure() { _ = done }
}
