// libxml2's tolerant HTML parser (htmlReadMemory) and its tree, for reading saved web pages.
// FoundationXML's XMLParser is libxml2's XML parser only; web pages need the HTML one.
// Debian's libxml2 is built with ICU, so its encoding.h pulls in the system's ICU headers, whose
// enums clash with the ICU that Foundation bundles (a build fails or not by module order). The
// ICU types appear only in structs the reader never touches, so they are declared here and ICU's
// own header is kept out.
#include <stdint.h>
#define UCNV_H 1
typedef struct UConverter UConverter;
typedef uint16_t UChar;
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/encoding.h>

// xmlFree is a global function pointer, which Swift 6 sees as shared mutable state; a plain
// function around it is safe to call from any task.
static inline void briefing_xml_free(void *pointer) { xmlFree(pointer); }
