// Cairo (PDF/PNG surfaces, drawing) and Pango (text shaping and line breaking) for the renderer.
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
