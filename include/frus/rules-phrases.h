/* rules-phrases.h — frus.sch's pattern phrases but for closers and
 * signatures (rules-signers.h): footnotes, tables, hi, heads outside a
 * div, empty phrases (rules-phrases.c). */
#ifndef FRUS_RULES_PHRASES_H
#define FRUS_RULES_PHRASES_H

#include "frus/rules-ctx.h"

void frus_rules_phrases(frus_rules_ctx *r, xmlNodePtr n, unsigned long o, unsigned fl);

#endif
