/* rules-breaks.h — page and line breaks: the structure rule frus-pb-edge
 * and frus.sch's pattern breaks (rules-breaks.c). */
#ifndef FRUS_RULES_BREAKS_H
#define FRUS_RULES_BREAKS_H

#include "frus/rules-ctx.h"

void frus_rules_break_edge(frus_rules_ctx *r, xmlNodePtr n, unsigned long o);

/* pb and lb: the nearest texts before and after (following:: starts
 * after the element's own content: the next text node of the walk once
 * it is closed, so the check waits for it).  Called when n closes;
 * before: the last text before n opened. */
void frus_rules_break_pending(frus_rules_ctx *r, xmlNodePtr n, unsigned long o, xmlNodePtr before);

/* The breaks waiting for the next text: after, or NULL at the end. */
void frus_rules_breaks_resolve(frus_rules_ctx *r, xmlNodePtr after);

#endif
