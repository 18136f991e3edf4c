/* rules-refs.h — pointers: the structure rules of ref, persName/@corresp
 * and gloss/@target, and frus.sch's pattern renditions (rules-refs.c). */
#ifndef FRUS_RULES_REFS_H
#define FRUS_RULES_REFS_H

#include "frus/rules-ctx.h"

void frus_rules_ref(frus_rules_ctx *r, xmlNodePtr n, unsigned long o);
void frus_rules_corresp(frus_rules_ctx *r, xmlNodePtr n, unsigned long o);
void frus_rules_gloss_target(frus_rules_ctx *r, xmlNodePtr n, unsigned long o);
void frus_rules_renditions(frus_rules_ctx *r, xmlNodePtr n, unsigned long o);

#endif
