// Cairo (PDF/PNG surfaces, drawing) and Pango (text shaping and line breaking) for the renderer,
// and libhyphen (soft hyphens for justified text: Pango never hyphenates by itself).
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
#include <hyphen.h>
