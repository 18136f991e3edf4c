/* rules-chars.h — frus.sch's patterns characters (on every text node)
 * and element-quotes (rules-chars.c). */
#ifndef FRUS_RULES_CHARS_H
#define FRUS_RULES_CHARS_H

#include "frus/rules-ctx.h"

void frus_rules_text(frus_rules_ctx *r, xmlNodePtr n, unsigned long o);
void frus_rules_element_quotes(frus_rules_ctx *r, xmlNodePtr n, unsigned long o);

#endif
