/* rules-header.h — frus.sch's patterns root and header: what stands
 * outside the root element, and the volume's teiHeader (rules-header.c). */
#ifndef FRUS_RULES_HEADER_H
#define FRUS_RULES_HEADER_H

#include "frus/rules-ctx.h"

void frus_rules_root(frus_rules_ctx *r);
void frus_rules_header(frus_rules_ctx *r, xmlNodePtr n, unsigned long o);

#endif
