// libxml2's tolerant HTML parser (htmlReadMemory) and its tree, for reading saved web pages.
// FoundationXML's XMLParser is libxml2's XML parser only; web pages need the HTML one.
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/encoding.h>

// xmlFree is a global function pointer, which Swift 6 sees as shared mutable state; a plain
// function around it is safe to call from any task.
static inline void briefing_xml_free(void *pointer) { xmlFree(pointer); }
