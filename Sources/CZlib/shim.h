// zlib: the archive stores each briefing model deflated (a model's JSON shrinks about fivefold).
#include <zlib.h>
