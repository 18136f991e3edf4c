/* rules-divs.h — divisions and attachments: frus.sch's pattern divisions
 * and the structure rules of div and frus:attachment (rules-divs.c). */
#ifndef FRUS_RULES_DIVS_H
#define FRUS_RULES_DIVS_H

#include "frus/rules-ctx.h"

void frus_rules_divisions(frus_rules_ctx *r, xmlNodePtr n, unsigned long o, unsigned fl);
void frus_rules_div(frus_rules_ctx *r, xmlNodePtr n, unsigned long o);
void frus_rules_attachment(frus_rules_ctx *r, xmlNodePtr n, unsigned long o);

#endif
