/* valid.c — grammar and Schematron validation with collected findings
 * (see valid.h).
 *
 * The Schematron is compiled once: compile.xsl turns it into an XSLT
 * stylesheet whose output lists the findings (frusv:f elements with rule id,
 * role, line and path).  The line comes from an XPath extension function,
 * frusx:line(), registered here: it returns libxml2's line number of the
 * context node, so no path has to be mapped back onto the tree. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpathInternals.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/transform.h>
#include <libxslt/extensions.h>
#include <libxslt/security.h>
#include <libxslt/xsltutils.h>
#include "frus/diags.h"
#include "frus/err.h"
#include "frus/rules.h"
#include "frus/valid.h"
#include "frus/xmlio.h"
#include "frus/xpath2.h"
#include "frus/xslt.h"

#define EXT_NS   "urn:x-frus-tools:ext"
#define FRUSV_NS "urn:x-frus-tools:validate"

struct frus_validator {
	xmlRelaxNGPtr rng;
	xmlSchemaPtr xsd;
	xsltStylesheetPtr rules;
	xsltSecurityPrefsPtr sec;
	char *rules_path;
	frus_re_cache *re;      /* frusx:matches, and the built-in rules' */
	enum frus_engine engine;
	int native;             /* the rules run built in (rules.h) */
};

/* ---- libxslt error text, gathered and reported in one piece ---- */

static char xslt_msg[2048];

static void xslt_error_collect(void *ctx, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void
xslt_error_collect(void *ctx, const char *fmt, ...)
{
	(void)ctx;
	size_t n = strlen(xslt_msg);
	if (n >= sizeof xslt_msg - 1)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(xslt_msg + n, sizeof xslt_msg - n, fmt, ap);
	va_end(ap);
}

static void
xslt_error_flush(const char *file)
{
	if (!xslt_msg[0])
		return;
	char *m = frus_diag_text(xslt_msg);
	frus_error(file, 0, 0, "%s", m);
	free(m);
	xslt_msg[0] = '\0';
}

/* ---- frusx:line() ---- */

static void
xpath_line(xmlXPathParserContextPtr ctxt, int nargs)
{
	xmlNodePtr node = ctxt->context->node;
	xmlXPathObjectPtr arg = NULL;

	if (nargs > 1) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	if (nargs == 1) {
		arg = valuePop(ctxt);
		node = NULL;
		if (arg && arg->type == XPATH_NODESET && arg->nodesetval &&
		    arg->nodesetval->nodeNr > 0)
			node = arg->nodesetval->nodeTab[0];
	}
	if (node && (node->type == XML_ATTRIBUTE_NODE || node->type == XML_NAMESPACE_DECL))
		node = node->parent;
	long line = node && node->type != XML_DOCUMENT_NODE ? xmlGetLineNo(node) : 0;
	xmlXPathFreeObject(arg);
	valuePush(ctxt, xmlXPathNewFloat(line > 0 ? (double)line : 0.0));
}

/* ---- frusx:path() ---- */

static void
xpath_path(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (nargs != 0) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	xmlNodePtr node = ctxt->context->node;
	if (node && node->type == XML_NAMESPACE_DECL) {
		valuePush(ctxt, xmlXPathNewString((const xmlChar *)""));
		return;
	}
	char *p = frus_node_path(node);
	valuePush(ctxt, xmlXPathNewString((const xmlChar *)p));
	free(p);
}

/* ---- frusx:matches(S, RE) and frusx:drop-ellipses(S) ---- */

static void
xpath_matches(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (nargs != 2) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	xmlChar *re = xmlXPathPopString(ctxt);
	xmlChar *s = xmlXPathPopString(ctxt);
	xsltTransformContextPtr tc = xsltXPathGetTransformContext(ctxt);
	frus_validator *v = tc ? tc->_private : NULL;
	int m = -1;
	if (v && re && s)
		m = frus_re_matches(v->re, s, (const char *)re);
	if (m < 0 && tc)
		xsltTransformError(tc, NULL, NULL, "frusx:matches: \"%s\" is not a valid "
		                   "regular expression\n", re ? (const char *)re : "");
	xmlFree(re);
	xmlFree(s);
	valuePush(ctxt, xmlXPathNewBoolean(m > 0));
}

static void
xpath_drop_ellipses(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (nargs != 1) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	xmlChar *s = xmlXPathPopString(ctxt);
	xmlChar *d = frus_drop_ellipses(s);
	xmlFree(s);
	valuePush(ctxt, xmlXPathNewString(d));
	free(d);
}

static void
xpath_roman_number(xmlXPathParserContextPtr ctxt, int nargs)
{
	if (nargs != 1) {
		xmlXPathSetArityError(ctxt);
		return;
	}
	xmlChar *s = xmlXPathPopString(ctxt);
	valuePush(ctxt, xmlXPathNewFloat(frus_roman_number(s)));
	xmlFree(s);
}

static void
init_once(void)
{
	static int done;
	if (done)
		return;
	done = 1;
	frus_xslt_init();
	xsltRegisterExtModuleFunction((const xmlChar *)"line", (const xmlChar *)EXT_NS,
	                              xpath_line);
	xsltRegisterExtModuleFunction((const xmlChar *)"path", (const xmlChar *)EXT_NS,
	                              xpath_path);
	xsltRegisterExtModuleFunction((const xmlChar *)"matches", (const xmlChar *)EXT_NS,
	                              xpath_matches);
	xsltRegisterExtModuleFunction((const xmlChar *)"drop-ellipses", (const xmlChar *)EXT_NS,
	                              xpath_drop_ellipses);
	xsltRegisterExtModuleFunction((const xmlChar *)"roman-number", (const xmlChar *)EXT_NS,
	                              xpath_roman_number);
}

/* ---- validator ---- */

frus_validator *
frus_validator_new(void)
{
	init_once();
	frus_validator *v = frus_xmalloc(sizeof *v);
	memset(v, 0, sizeof *v);
	v->re = frus_re_cache_new();
	/* Rules may read files (document()) but never write or use the network. */
	v->sec = xsltNewSecurityPrefs();
	if (!v->sec)
		frus_die(FRUS_EXIT_USAGE, "out of memory");
	xsltSetSecurityPrefs(v->sec, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
	xsltSetSecurityPrefs(v->sec, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
	xsltSetSecurityPrefs(v->sec, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
	xsltSetSecurityPrefs(v->sec, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
	return v;
}

void
frus_validator_free(frus_validator *v)
{
	if (!v)
		return;
	if (v->rng)
		xmlRelaxNGFree(v->rng);
	if (v->xsd)
		xmlSchemaFree(v->xsd);
	if (v->rules)
		xsltFreeStylesheet(v->rules);
	xsltFreeSecurityPrefs(v->sec);
	frus_re_cache_free(v->re);
	free(v->rules_path);
	free(v);
}

static int
has_suffix(const char *s, const char *suf)
{
	size_t n = strlen(s), m = strlen(suf);
	return n >= m && strcmp(s + n - m, suf) == 0;
}

int
frus_validator_load_schema(frus_validator *v, const char *path)
{
	int xsd = has_suffix(path, ".xsd");
	if (!xsd && !has_suffix(path, ".rng")) {
		frus_error(path, 0, 0, "unknown schema type: expected a .rng (RELAX NG, "
		           "XML syntax) or .xsd file");
		return -1;
	}
	xmlDocPtr doc = frus_xml_read(path);
	if (!doc)
		return -1;
	/* Schema compile errors go through the same handler as parse errors. */
	unsigned long before = frus_nerrors;
	if (xsd) {
		xmlSchemaParserCtxtPtr pc = xmlSchemaNewDocParserCtxt(doc);
		xmlSchemaSetParserStructuredErrors(pc, frus_xml_error_handler, (void *)path);
		v->xsd = xmlSchemaParse(pc);
		xmlSchemaFreeParserCtxt(pc);
	} else {
		xmlRelaxNGParserCtxtPtr pc = xmlRelaxNGNewDocParserCtxt(doc);
		xmlRelaxNGSetParserStructuredErrors(pc, frus_xml_error_handler, (void *)path);
		v->rng = xmlRelaxNGParse(pc);
		xmlRelaxNGFreeParserCtxt(pc);
	}
	xmlFreeDoc(doc);
	if (!v->rng && !v->xsd) {
		if (frus_nerrors == before)
			frus_error(path, 0, 0, "cannot compile the schema");
		return -1;
	}
	return 0;
}

void
frus_validator_set_engine(frus_validator *v, enum frus_engine e)
{
	v->engine = e;
}

int
frus_validator_native(const frus_validator *v)
{
	return v->native;
}

/* The rules file's bytes hashed (rules.h); -1 when it cannot be read. */
static int
file_hash(const char *path, uint64_t *h)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return -1;
	char *buf = NULL;
	size_t n = 0, cap = 0, k;
	do {
		if (n == cap) {
			cap = cap ? 2 * cap : 65536;
			buf = frus_xrealloc(buf, cap);
		}
		k = fread(buf + n, 1, cap - n, fp);
		n += k;
	} while (k > 0);
	int bad = ferror(fp);
	fclose(fp);
	*h = frus_rules_hash(buf, n);
	free(buf);
	return bad ? -1 : 0;
}

int
frus_validator_load_rules(frus_validator *v, const char *sch_path, const char *compile_xsl)
{
	uint64_t h = 0;
	int hashed = file_hash(sch_path, &h) == 0;
	if (v->engine != FRUS_ENGINE_SCHEMATRON && hashed && h == FRUS_RULES_SCH_HASH) {
		v->native = 1;
		free(v->rules_path);
		v->rules_path = frus_xstrdup(sch_path);
		return 0;
	}
	if (v->engine == FRUS_ENGINE_NATIVE) {
		if (!hashed)
			frus_error(sch_path, 0, 0, "cannot read the rules");
		else
			frus_error(sch_path, 0, 0, "the built-in rules implement another frus.sch "
			           "(its hash is %016llx, this file's %016llx): use --engine schematron, "
			           "or bring tools/lib/rules.c up to date", (unsigned long long)FRUS_RULES_SCH_HASH,
			           (unsigned long long)h);
		return -1;
	}
	xmlDocPtr cdoc = frus_xml_read(compile_xsl);
	if (!cdoc)
		return -1;
	xsltSetGenericErrorFunc(NULL, xslt_error_collect);
	xsltStylesheetPtr compiler = xsltParseStylesheetDoc(cdoc);
	if (!compiler) {
		xmlFreeDoc(cdoc);
		xslt_error_flush(compile_xsl);
		frus_error(compile_xsl, 0, 0, "cannot load the Schematron compiler");
		return -1;
	}
	xmlDocPtr sch = frus_xml_read(sch_path);
	if (!sch) {
		xsltFreeStylesheet(compiler);
		return -1;
	}
	xsltTransformContextPtr tc = xsltNewTransformContext(compiler, sch);
	xsltSetCtxtSecurityPrefs(v->sec, tc);
	xsltSetTransformErrorFunc(tc, NULL, xslt_error_collect);
	xmlDocPtr gen = xsltApplyStylesheetUser(compiler, sch, NULL, NULL, NULL, tc);
	int failed = !gen || tc->state == XSLT_STATE_ERROR || tc->state == XSLT_STATE_STOPPED;
	xsltFreeTransformContext(tc);
	xmlFreeDoc(sch);
	xsltFreeStylesheet(compiler);
	if (failed) {
		xmlFreeDoc(gen);
		xslt_error_flush(sch_path);
		frus_error(sch_path, 0, 0, "cannot compile the Schematron rules");
		return -1;
	}
	v->rules = xsltParseStylesheetDoc(gen);
	if (!v->rules) {
		xmlFreeDoc(gen);
		xslt_error_flush(sch_path);
		frus_error(sch_path, 0, 0, "the compiled Schematron is not a usable "
		           "stylesheet (an XPath in a rule is probably wrong)");
		return -1;
	}
	xslt_msg[0] = '\0';
	free(v->rules_path);
	v->rules_path = frus_xstrdup(sch_path);
	return 0;
}

/* ---- grammar ---- */

struct grammar_ctx {
	frus_diags *out;
	const char *rule;
	size_t first;     /* index of this pass's first finding */
};

/* libxml2 often reports one grammar problem twice on the same line ("Did
 * not expect element x there", "Element p has extra content: x"); the first
 * is the precise one. */
static void
grammar_error(void *ctx, xmlErrorPtr e)
{
	struct grammar_ctx *g = ctx;
	if (!e || e->level == XML_ERR_NONE)
		return;
	long line = e->line;
	if (line <= 0 && e->node)
		line = xmlGetLineNo((xmlNodePtr)e->node);
	if (g->out->n > g->first && g->out->v[g->out->n - 1].line == line &&
	    strcmp(g->out->v[g->out->n - 1].rule, g->rule) == 0)
		return;
	frus_diags_add_found(g->out, line, e->level == XML_ERR_WARNING ? FRUS_SEV_WARNING :
	                     FRUS_SEV_ERROR, g->rule, e->message ? e->message : "grammar error", NULL);
}

static void
check_grammar(frus_validator *v, xmlDocPtr doc, frus_diags *out)
{
	struct grammar_ctx g = { out, v->rng ? "rng" : "xsd", out->n };
	int rc;

	if (v->rng) {
		xmlRelaxNGValidCtxtPtr vc = xmlRelaxNGNewValidCtxt(v->rng);
		xmlRelaxNGSetValidStructuredErrors(vc, grammar_error, &g);
		rc = xmlRelaxNGValidateDoc(vc, doc);
		xmlRelaxNGFreeValidCtxt(vc);
	} else {
		xmlSchemaValidCtxtPtr vc = xmlSchemaNewValidCtxt(v->xsd);
		xmlSchemaSetValidStructuredErrors(vc, grammar_error, &g);
		rc = xmlSchemaValidateDoc(vc, doc);
		xmlSchemaFreeValidCtxt(vc);
	}
	if (rc != 0 && out->n == g.first)
		frus_diags_add(out, 1, 1, FRUS_SEV_ERROR, g.rule, rc < 0 ?
		               "the grammar could not be applied (internal error)" :
		               "the document does not match the grammar");
}

/* ---- rules ---- */

static char *
attr(xmlNodePtr n, const char *name)
{
	xmlChar *s = xmlGetProp(n, (const xmlChar *)name);
	char *r = frus_xstrdup(s ? (const char *)s : "");
	xmlFree(s);
	return r;
}

static enum frus_severity
severity_of(const char *role)
{
	static const char *const warn[] = { "warning", "warn", "info", "information", "hint" };
	for (size_t i = 0; i < sizeof warn / sizeof warn[0]; i++)
		if (strcmp(role, warn[i]) == 0)
			return FRUS_SEV_WARNING;
	return FRUS_SEV_ERROR;
}

static int
check_rules(frus_validator *v, xmlDocPtr doc, frus_diags *out)
{
	xsltTransformContextPtr tc = xsltNewTransformContext(v->rules, doc);
	if (!tc)
		frus_die(FRUS_EXIT_USAGE, "out of memory");
	tc->_private = v;
	xsltSetCtxtSecurityPrefs(v->sec, tc);
	xsltSetTransformErrorFunc(tc, NULL, xslt_error_collect);
	xmlDocPtr res = xsltApplyStylesheetUser(v->rules, doc, NULL, NULL, NULL, tc);
	int failed = !res || tc->state == XSLT_STATE_ERROR || tc->state == XSLT_STATE_STOPPED;
	xsltFreeTransformContext(tc);
	if (failed) {
		xmlFreeDoc(res);
		xslt_error_flush(v->rules_path);
		frus_error(v->rules_path, 0, 0, "the rules could not be applied");
		return -1;
	}
	xslt_msg[0] = '\0';   /* xsl:message output of a successful run */
	xmlNodePtr root = xmlDocGetRootElement(res);
	for (xmlNodePtr n = root ? root->children : NULL; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || !n->ns ||
		    strcmp((const char *)n->ns->href, FRUSV_NS) != 0 ||
		    strcmp((const char *)n->name, "f") != 0)
			continue;
		char *id = attr(n, "id"), *role = attr(n, "role");
		char *line = attr(n, "line"), *path = attr(n, "path");
		xmlChar *text = xmlNodeGetContent(n);
		frus_diags_add_found(out, strtol(line, NULL, 10), severity_of(role), id,
		                     text ? (const char *)text : "", path);
		xmlFree(text);
		free(id);
		free(role);
		free(line);
		free(path);
	}
	xmlFreeDoc(res);
	return 0;
}

int
frus_validate_doc(frus_validator *v, xmlDocPtr doc, frus_diags *out)
{
	size_t first = out->n;
	int rc = 0;
	if (v->rng || v->xsd)
		check_grammar(v, doc, out);
	if (v->native)
		frus_rules_check(doc, v->re, out);
	else if (v->rules)
		rc = check_rules(v, doc, out);
	frus_diags_sort_lines(out, first);
	return rc;
}
