/* rules-source.h — frus.sch's pattern source-notes, and the header's
 * dates that decide whether a source note is required (rules-source.c). */
#ifndef FRUS_RULES_SOURCE_H
#define FRUS_RULES_SOURCE_H

#include "frus/rules-ctx.h"

/* The header's dates, from the teiHeader's children n on, into
 * r->notes_required and r->dates_known. */
void frus_rules_header_dates(frus_rules_ctx *r, xmlNodePtr n);

void frus_rules_source_note(frus_rules_ctx *r, xmlNodePtr n, unsigned long o, unsigned fl);

#endif
