/* valid.h — validating FRUS TEI: a grammar (RELAX NG or W3C XML Schema)
 * and rules (ISO Schematron compiled to XSLT), loaded once and applied to
 * many documents.  Findings are collected in a frus_diags (diags.h). */
#ifndef FRUS_VALID_H
#define FRUS_VALID_H

#include <libxml/tree.h>
#include "frus/diags.h"

typedef struct frus_validator frus_validator;

frus_validator *frus_validator_new(void);
void frus_validator_free(frus_validator *v);

/* The grammar: a .rng (RELAX NG, XML syntax) or .xsd file, chosen by the
 * extension.  Returns 0, or -1 after reporting through err.h. */
int frus_validator_load_schema(frus_validator *v, const char *path);

/* How the rules run: the built-in implementation of schemas/frus.sch
 * (rules.h) when the rules file is that one, else the compiled Schematron
 * (AUTO, the default); always the compiled Schematron (SCHEMATRON, the
 * reference the built-in rules are tested against); or the built-in
 * rules, an error when the file is not the one they implement (NATIVE).
 * Set before frus_validator_load_rules. */
enum frus_engine { FRUS_ENGINE_AUTO, FRUS_ENGINE_NATIVE, FRUS_ENGINE_SCHEMATRON };
void frus_validator_set_engine(frus_validator *v, enum frus_engine e);

/* ISO Schematron rules: compiled once to XSLT with compile_xsl (normally
 * frus_datapath("xslt/schematron/compile.xsl")), or the built-in rules
 * (see above).  Returns 0 or -1. */
int frus_validator_load_rules(frus_validator *v, const char *sch_path,
                              const char *compile_xsl);

/* 1 when the loaded rules run built in. */
int frus_validator_native(const frus_validator *v);

/* Checks a parsed document: the grammar first, then the rules (both always
 * run, so one pass shows every problem).  Appends to out.  Returns 0, or -1
 * when the rules could not be applied (an error in the rules themselves,
 * already reported through err.h). */
int frus_validate_doc(frus_validator *v, xmlDocPtr doc, frus_diags *out);

#endif
