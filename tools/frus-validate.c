/* frus-validate — checks FRUS TEI against the grammar and the rules.
 *
 * One process validates any number of files with the schema and the
 * compiled Schematron loaded once. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <libxslt/xsltutils.h>
#include <libxslt/xslt.h>
#include <libxml/xmlerror.h>
#include "frus/datadir.h"
#include "frus/diags.h"
#include "frus/err.h"
#include "frus/valid.h"
#include "frus/xmlio.h"

/* Progress is shown for batches at least this large, on a terminal. */
#define PROGRESS_MIN 20

static void
usage(FILE *fp)
{
	fprintf(fp,
	  "usage: frus-validate [--schema FILE.rng|FILE.xsd] [--no-schema] [--rules FILE.sch]\n"
	  "                     [--no-rules] [--engine auto|native|schematron]\n"
	  "                     [--format text|json] [--strict] [-q]\n"
	  "                     [--datadir DIR] [FILE...]\n"
	  "Validates FRUS TEI files (stdin when none or \"-\") against a grammar\n"
	  "(default schemas/frus-tei.rng) and Schematron rules (default schemas/frus.sch).\n"
	  "Findings: FILE:LINE:COL: error|warning: RULE-ID: MESSAGE on stdout.\n"
	  "Exit status: 0 valid, 1 invalid, 2 usage error or a file could not be read or parsed.\n");
}

struct opts {
	const char *schema, *rules, *format;
	int no_schema, no_rules, strict, quiet;
	enum frus_engine engine;
};

struct totals {
	unsigned long files, valid, invalid, unreadable, errors, warnings;
};

static void
json_string(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': fputs("\\\"", fp); break;
		case '\\': fputs("\\\\", fp); break;
		case '\n': fputs("\\n", fp); break;
		case '\r': fputs("\\r", fp); break;
		case '\t': fputs("\\t", fp); break;
		default:
			if (*p < 0x20)
				fprintf(fp, "\\u%04x", *p);
			else
				fputc(*p, fp);
		}
	}
	fputc('"', fp);
}

static const char *
sev_name(const frus_diag *g, int strict)
{
	return g->sev == FRUS_SEV_ERROR || strict ? "error" : "warning";
}

static void
print_text(const char *name, const frus_diags *d, int strict)
{
	for (size_t i = 0; i < d->n; i++) {
		const frus_diag *g = &d->v[i];
		printf("%s:%ld:%ld: %s: %s: %s\n", name, g->line, g->col,
		       sev_name(g, strict), g->rule, g->msg);
	}
}

static void
print_json(const char *name, const char *status, const frus_diags *d, int strict, int first)
{
	printf("%s\n  {\"file\": ", first ? "" : ",");
	json_string(stdout, name);
	printf(", \"status\": \"%s\", \"errors\": %zu, \"warnings\": %zu, \"diagnostics\": [",
	       status, strict ? d->nerrors + d->nwarnings : d->nerrors,
	       strict ? 0 : d->nwarnings);
	for (size_t i = 0; i < d->n; i++) {
		const frus_diag *g = &d->v[i];
		printf("%s\n    {\"line\": %ld, \"col\": %ld, \"severity\": \"%s\", \"rule\": ",
		       i ? "," : "", g->line, g->col, sev_name(g, strict));
		json_string(stdout, g->rule);
		printf(", \"message\": ");
		json_string(stdout, g->msg);
		if (g->path) {
			printf(", \"path\": ");
			json_string(stdout, g->path);
		}
		printf("}");
	}
	printf("%s]}", d->n ? "\n  " : "");
}

static int
parse_args(int argc, char **argv, struct opts *o, int *first_file)
{
	int i;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *val = NULL;
		if (strcmp(a, "--") == 0) {
			i++;
			break;
		}
		if (a[0] != '-' || strcmp(a, "-") == 0)
			break;
		const char *eq = strchr(a, '=');
		size_t klen = eq ? (size_t)(eq - a) : strlen(a);
#define IS(opt) (klen == strlen(opt) && strncmp(a, opt, klen) == 0)
#define VALUE() (eq ? (val = eq + 1) : (i + 1 < argc ? (val = argv[++i]) : NULL))
		if (IS("--help") || IS("-h")) {
			usage(stdout);
			exit(FRUS_EXIT_OK);
		} else if (IS("--version")) {
			frus_version();
			exit(FRUS_EXIT_OK);
		} else if (IS("--schema") && VALUE()) {
			o->schema = val;
		} else if (IS("--rules") && VALUE()) {
			o->rules = val;
		} else if (IS("--format") && VALUE()) {
			if (strcmp(val, "text") != 0 && strcmp(val, "json") != 0) {
				frus_error(NULL, 0, 0, "--format must be text or json, not \"%s\"", val);
				return -1;
			}
			o->format = val;
		} else if (IS("--engine") && VALUE()) {
			if (strcmp(val, "auto") == 0)
				o->engine = FRUS_ENGINE_AUTO;
			else if (strcmp(val, "native") == 0)
				o->engine = FRUS_ENGINE_NATIVE;
			else if (strcmp(val, "schematron") == 0)
				o->engine = FRUS_ENGINE_SCHEMATRON;
			else {
				frus_error(NULL, 0, 0, "--engine must be auto, native or schematron, not \"%s\"", val);
				return -1;
			}
		} else if (IS("--datadir") && VALUE()) {
			frus_set_datadir(val);
		} else if (IS("--no-rules") && !eq) {
			o->no_rules = 1;
		} else if (IS("--no-schema") && !eq) {
			o->no_schema = 1;
		} else if (IS("--strict") && !eq) {
			o->strict = 1;
		} else if ((IS("-q") || IS("--quiet")) && !eq) {
			o->quiet = 1;
		} else {
			frus_error(NULL, 0, 0, "unknown option or missing value: %s", a);
			return -1;
		}
#undef IS
#undef VALUE
	}
	*first_file = i;
	return 0;
}

/* Parse messages: printed as frus_xml_read prints them, and kept in d so
 * that JSON shows why a file could not be read.  libxml2's "ID x already
 * defined" is dropped when the built-in rules run: frus-id-unique reports
 * the same duplicate, as a finding, at the element. */
struct reading {
	frus_diags *d;
	int drop_dup_ids;
};

static void
on_parse_diag(void *ctx, const frus_xml_diag *g)
{
	struct reading *r = ctx;
	if (r->drop_dup_ids && g->code == XML_DTD_ID_REDEFINED)
		return;
	if (g->warning)
		frus_warning(g->file, g->line, g->col, "%s", g->msg);
	else
		frus_error(g->file, g->line, g->col, "%s", g->msg);
	frus_diags_add(r->d, g->line, g->col, g->warning ? FRUS_SEV_WARNING : FRUS_SEV_ERROR,
	               "xml", g->msg);
}

static frus_validator *
load(const struct opts *o)
{
	frus_validator *v = frus_validator_new();
	int rc = 0;
	if (!o->no_schema) {
		char *def = frus_datapath("schemas/frus-tei.rng");
		rc |= frus_validator_load_schema(v, o->schema ? o->schema : def);
		free(def);
	}
	if (!o->no_rules && rc == 0) {
		char *def = frus_datapath("schemas/frus.sch");
		char *xsl = frus_datapath("xslt/schematron/compile.xsl");
		frus_validator_set_engine(v, o->engine);
		rc |= frus_validator_load_rules(v, o->rules ? o->rules : def, xsl);
		free(def);
		free(xsl);
	}
	if (rc != 0) {
		frus_validator_free(v);
		return NULL;
	}
	return v;
}

int
main(int argc, char **argv)
{
	struct opts o = { NULL, NULL, "text", 0, 0, 0, 0, FRUS_ENGINE_AUTO };
	struct totals t = { 0, 0, 0, 0, 0, 0 };
	int first;

	/* getopt prints argv[0]: make it the short name too */
	argv[0] = frus_setprogname(argv[0]);
	if (parse_args(argc, argv, &o, &first) != 0) {
		usage(stderr);
		return FRUS_EXIT_USAGE;
	}
	frus_validator *v = load(&o);
	if (!v)
		return FRUS_EXIT_USAGE;

	int json = strcmp(o.format, "json") == 0;
	int nfiles = argc - first;
	char *stdin_only[] = { "-" };
	char **files = nfiles > 0 ? argv + first : stdin_only;
	if (nfiles == 0)
		nfiles = 1;
	int progress = !o.quiet && nfiles >= PROGRESS_MIN && isatty(STDERR_FILENO);
	frus_diags d = { 0 };
	struct reading rd = { &d, !o.no_rules && !o.rules };

	if (json)
		printf("{\"files\": [");
	for (int i = 0; i < nfiles; i++) {
		const char *path = files[i];
		const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
		const char *status;
		t.files++;
		frus_diags_clear(&d);
		xmlDocPtr doc = frus_xml_read_diag(path, on_parse_diag, &rd);
		if (doc)
			frus_diags_clear(&d);   /* warnings already printed; findings follow */
		if (!doc) {
			t.unreadable++;
			status = "unreadable";
		} else {
			if (frus_validate_doc(v, doc, &d) != 0) {
				xmlFreeDoc(doc);
				frus_validator_free(v);
				frus_diags_free(&d);
				return FRUS_EXIT_USAGE;
			}
			xmlFreeDoc(doc);
			size_t errs = o.strict ? d.nerrors + d.nwarnings : d.nerrors;
			t.errors += errs;
			t.warnings += o.strict ? 0 : d.nwarnings;
			if (errs) {
				t.invalid++;
				status = "invalid";
			} else {
				t.valid++;
				status = "valid";
			}
		}
		if (json)
			print_json(name, status, &d, o.strict, i == 0);
		else
			print_text(name, &d, o.strict);
		if (progress)
			fprintf(stderr, "\r%s: %d/%d files", frus_progname(), i + 1, nfiles);
	}
	if (progress)
		fputc('\n', stderr);
	if (json) {
		printf("\n ],\n \"summary\": {\"files\": %lu, \"valid\": %lu, \"invalid\": %lu, "
		       "\"unreadable\": %lu, \"errors\": %lu, \"warnings\": %lu}}\n",
		       t.files, t.valid, t.invalid, t.unreadable, t.errors, t.warnings);
	}
	int werr = fflush(stdout) != 0 || ferror(stdout);
	if (!o.quiet) {
		fprintf(stderr, "%lu files: %lu valid, %lu invalid, %lu errors, %lu warnings",
		        t.files, t.valid, t.invalid, t.errors, t.warnings);
		if (t.unreadable)
			fprintf(stderr, " (%lu could not be read or parsed)", t.unreadable);
		fputc('\n', stderr);
	}
	frus_diags_free(&d);
	frus_validator_free(v);
	xsltCleanupGlobals();
	xmlCleanupParser();
	if (werr) {
		frus_error("<stdout>", 0, 0, "write error");
		return FRUS_EXIT_USAGE;
	}
	if (t.unreadable)
		return FRUS_EXIT_USAGE;
	return t.invalid ? FRUS_EXIT_INVALID : FRUS_EXIT_OK;
}
