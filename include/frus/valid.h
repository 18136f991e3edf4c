/* valid.h — validating FRUS TEI: a grammar (RELAX NG or W3C XML Schema)
 * and rules (ISO Schematron compiled to XSLT), loaded once and applied to
 * many documents.
 *
 * Findings are collected, not printed, so that the tool can write them as
 * text or JSON.  Each carries the rule that found it: the Schematron
 * assert/report id, or "rng" / "xsd" for grammar errors.  Lines come from
 * libxml2's node line numbers; libxml2 keeps no column on nodes, so col is
 * always 1 (the start of the line of the element's start tag). */
#ifndef FRUS_VALID_H
#define FRUS_VALID_H

#include <stddef.h>
#include <libxml/tree.h>

enum frus_severity { FRUS_SEV_ERROR, FRUS_SEV_WARNING };

typedef struct {
	long line, col;
	enum frus_severity sev;
	char *rule;     /* "rng", "xsd" or a Schematron id such as "frus-id-unique" */
	char *msg;
	char *path;     /* XPath of the node (Schematron findings), or NULL */
} frus_diag;

typedef struct {
	frus_diag *v;
	size_t n, cap;
	size_t nerrors, nwarnings;
} frus_diags;

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

/* Appends a finding made elsewhere (frus-validate adds parse errors so
 * that JSON carries them); line and col 0 when unknown. */
void frus_diags_add(frus_diags *d, long line, long col, enum frus_severity sev,
                    const char *rule, const char *msg);

/* Appends a rule's finding: msg with its runs of whitespace collapsed (as
 * the compiled Schematron's), path as frus_node_path gives it. */
void frus_diags_add_found(frus_diags *d, long line, enum frus_severity sev,
                          const char *rule, const char *msg, const char *path);

/* "/TEI[1]/text[1]/body[1]/div[2]": the XPath of node (its parent element
 * for an attribute or text node; "/" for NULL or the document node), as
 * the findings carry it.  Newly allocated. */
char *frus_node_path(xmlNodePtr node);

void frus_diags_clear(frus_diags *d);
void frus_diags_free(frus_diags *d);

#endif
