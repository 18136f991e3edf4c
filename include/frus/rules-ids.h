/* rules-ids.h — frus.sch's patterns ids and id-patterns: unique ids,
 * the Office's id patterns and document numbers (rules-ids.c). */
#ifndef FRUS_RULES_IDS_H
#define FRUS_RULES_IDS_H

#include "frus/rules-ctx.h"

void frus_rules_id_unique(frus_rules_ctx *r, xmlNodePtr n, unsigned long o);
void frus_rules_id_patterns(frus_rules_ctx *r, xmlNodePtr n, unsigned long o);

#endif
