/* rules-lists.h — frus.sch's patterns lists and list-divs
 * (rules-lists.c). */
#ifndef FRUS_RULES_LISTS_H
#define FRUS_RULES_LISTS_H

#include "frus/rules-ctx.h"

void frus_rules_lists(frus_rules_ctx *r, xmlNodePtr n, unsigned long o, unsigned fl);
void frus_rules_list_divs(frus_rules_ctx *r, xmlNodePtr n, unsigned long o, unsigned fl);

#endif
