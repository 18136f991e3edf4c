/* rules-dates.h — frus.sch's patterns datelines and dates, and the
 * structure rule of date attributes (rules-dates.c). */
#ifndef FRUS_RULES_DATES_H
#define FRUS_RULES_DATES_H

#include "frus/rules-ctx.h"

void frus_rules_datelines(frus_rules_ctx *r, xmlNodePtr n, unsigned long o, unsigned fl);
void frus_rules_dates(frus_rules_ctx *r, xmlNodePtr n, unsigned long o);
void frus_rules_date_iso(frus_rules_ctx *r, xmlNodePtr n, unsigned long o);

#endif
