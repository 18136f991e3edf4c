/* rules-signers.h — closers and signatures: the phrases rules of signed
 * and closer, and frus.sch's pattern signers (rules-signers.c). */
#ifndef FRUS_RULES_SIGNERS_H
#define FRUS_RULES_SIGNERS_H

#include "frus/rules-ctx.h"

void frus_rules_signed(frus_rules_ctx *r, xmlNodePtr n, unsigned long o, unsigned fl);
void frus_rules_closer(frus_rules_ctx *r, xmlNodePtr n, unsigned long o);
void frus_rules_signer(frus_rules_ctx *r, xmlNodePtr n, unsigned long o);

#endif
