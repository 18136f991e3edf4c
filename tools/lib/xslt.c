/* xslt.c — XSLT chains in one process (see xslt.h).
 *
 * libxslt reports through printf-style callbacks, one fragment at a time:
 * a header "runtime error: file F line N element E" followed by the text,
 * or, for xsl:message, the bare text.  The fragments are gathered here and
 * turned into one err.h line each, with the stylesheet's file and line
 * (from the header, or from the instruction being executed). */
#define _XOPEN_SOURCE 700  /* realpath */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xpathInternals.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>
#include <libxslt/security.h>
#include <libxslt/documents.h>
#include <libxslt/imports.h>
#include <libxslt/variables.h>
#include <libexslt/exslt.h>
#include "frus/datadir.h"
#include "frus/err.h"
#include "frus/out.h"
#include "frus/xmlio.h"
#include "frus/xslt.h"

struct frus_xslt {
	xsltStylesheetPtr *steps;
	size_t nsteps, capsteps;
	char **params;          /* name, value, name, value, ..., NULL */
	size_t nparams;         /* pairs */
	char **dirs;            /* directories document() may read from */
	size_t ndirs;
};

/* ---- diagnostics ---- */

enum kind { K_NONE, K_ERROR, K_WARNING, K_MESSAGE, K_TERMINATE };

static struct {
	xsltTransformContextPtr tctxt;  /* NULL while compiling */
	const char *file;               /* fallback location */
	enum kind kind;
	char *loc;                      /* stylesheet file of the pending message */
	long line;
	char *buf;
	size_t len, cap;
} rep;

static void
rep_append(const char *s)
{
	size_t n = strlen(s);
	if (rep.len + n + 1 > rep.cap) {
		rep.cap = (rep.len + n + 1) * 2;
		rep.buf = frus_xrealloc(rep.buf, rep.cap);
	}
	memcpy(rep.buf + rep.len, s, n + 1);
	rep.len += n;
}

/* Drops libxslt's function-name prefixes ("xsltLoadDocument: ") and the
 * template dump after a recursion report: the user needs the what and the
 * where, not libxslt's internals. */
static char *
tidy(char *s)
{
	char *p = s;
	while (*p == ' ')
		p++;
	if (strncmp(p, "xslt", 4) == 0 || strncmp(p, "xmlXPath", 8) == 0) {
		size_t id = strspn(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");
		char *q = p + id;
		while (*q == ' ')
			q++;
		if (*q == ':' && q[1] == ' ' && strncmp(p, "xsltParseStylesheetFile", 23) != 0)
			p = q + 2;
	}
	char *adj = strstr(p, " You can adjust xsltMaxDepth");
	if (adj && adj > p && adj[-1] == '.')
		adj--;
	if (adj)
		snprintf(adj, strlen(adj) + 1, " (limit: %d nested templates)", FRUS_XSLT_MAX_DEPTH);
	return p;
}

static void
rep_flush(void)
{
	if (rep.kind == K_NONE)
		return;
	/* One line: inner newlines become spaces, trailing ones go. */
	char *s = rep.buf ? rep.buf : "";
	size_t n = rep.len;
	while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == ' ' || s[n - 1] == '\r'))
		n--;
	if (rep.buf)
		rep.buf[n] = '\0';
	for (size_t i = 0; i < n; i++)
		if (s[i] == '\n' || s[i] == '\r')
			s[i] = ' ';
	s = tidy(s);
	n = strlen(s);
	const char *file = rep.loc ? rep.loc : rep.file;
	if (strstr(s, "xsltParseStylesheetFile : cannot parse") && frus_nerrors > 0)
		n = 0, rep.kind = K_WARNING;  /* the parse error itself was reported */
	if (rep.kind == K_WARNING || rep.kind == K_MESSAGE) {
		if (n > 0)
			frus_warning(file, rep.line, 0, "%s", s);
	} else {
		frus_error(file, rep.line, 0, "%s", n > 0 ? s : "XSLT error");
	}
	free(rep.loc);
	rep.loc = NULL;
	rep.line = 0;
	rep.len = 0;
	if (rep.buf)
		rep.buf[0] = '\0';
	rep.kind = K_NONE;
}

static void
rep_start(enum kind k, const char *file, long line)
{
	rep_flush();
	rep.kind = k;
	rep.loc = file ? frus_xstrdup(file) : NULL;
	rep.line = line;
}

static int
is_xsl(xmlNodePtr n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->ns &&
	       xmlStrEqual(n->ns->href, XSLT_NAMESPACE) && xmlStrEqual(n->name, BAD_CAST name);
}

/* "runtime error: file F line N element E" (libxslt's xsltPrintErrorContext). */
static int
parse_header(const char *s)
{
	static const char *const heads[] = {
		"runtime error: ", "compilation error: ", "runtime warning: ", "compilation warning: "
	};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		size_t hl = strlen(heads[i]);
		if (strncmp(s, heads[i], hl) != 0)
			continue;
		enum kind k = strstr(heads[i], "warning") ? K_WARNING : K_ERROR;
		const char *p = s + hl;
		if (strncmp(p, "file ", 5) != 0) {
			rep_start(k, NULL, 0);
			return 1;
		}
		p += 5;
		const char *end = strstr(p, " line ");
		long line = 0;
		if (end)
			line = strtol(end + 6, NULL, 10);
		else if (!(end = strstr(p, " element ")))
			end = p + strcspn(p, "\n");
		char *file = frus_xstrndup(p, (size_t)(end - p));
		rep_start(k, file, line);
		free(file);
		return 1;
	}
	return 0;
}

static void
on_generic(void *ctx, const char *fmt, ...)
{
	char small[512], *s = small;
	va_list ap;
	(void)ctx;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof small) {
		s = frus_xmalloc((size_t)n + 1);
		va_start(ap, fmt);
		vsnprintf(s, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	xmlNodePtr inst = rep.tctxt ? rep.tctxt->inst : NULL;
	if (strcmp(s, "error\n") == 0 || strcmp(s, "warning\n") == 0) {
		rep_start(s[0] == 'e' ? K_ERROR : K_WARNING, NULL, 0);
	} else if (parse_header(s)) {
		/* header only */
	} else if (is_xsl(inst, "message") && strcmp(s, "\n") != 0) {
		xmlChar *t = xmlGetNsProp(inst, BAD_CAST "terminate", NULL);
		int term = t && xmlStrEqual(t, BAD_CAST "yes");
		xmlFree(t);
		rep_start(term ? K_TERMINATE : K_MESSAGE, inst->doc ? (const char *)inst->doc->URL : NULL,
		          xmlGetLineNo(inst));
		rep_append(s);
	} else {
		if (rep.kind == K_NONE) {
			if (inst && inst->doc)
				rep_start(K_ERROR, (const char *)inst->doc->URL, xmlGetLineNo(inst));
			else
				rep_start(K_ERROR, NULL, 0);
		}
		rep_append(s);
	}
	if (s != small)
		free(s);
}

/* libxml2 errors (stylesheet parse errors, XPath errors at run time). */
static void
on_structured(void *ctx, xmlErrorPtr e)
{
	(void)ctx;
	if (!e || e->level == XML_ERR_NONE)
		return;
	rep_flush();
	const char *file = e->file;
	long line = e->line, col = e->int2;
	xmlNodePtr inst = rep.tctxt ? rep.tctxt->inst : NULL;
	if (!file && inst && inst->doc) {
		file = (const char *)inst->doc->URL;
		line = xmlGetLineNo(inst);
		col = 0;
	}
	if (!file)
		file = rep.file;
	char msg[1024];
	snprintf(msg, sizeof msg, "%s", e->message ? e->message : "XML error");
	size_t n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	if (e->level == XML_ERR_WARNING)
		frus_warning(file, line, col, "%s", msg);
	else
		frus_error(file, line, col, "%s", msg);
}

static void
rep_begin(xsltTransformContextPtr t, const char *file)
{
	rep.tctxt = t;
	rep.file = file;
	rep.kind = K_NONE;
	xmlSetStructuredErrorFunc(NULL, on_structured);
}

static void
rep_end(void)
{
	rep_flush();
	rep.tctxt = NULL;
	rep.file = NULL;
	xmlSetStructuredErrorFunc(NULL, NULL);
	free(rep.buf);
	rep.buf = NULL;
	rep.len = rep.cap = 0;
}

/* ---- sandbox ---- */

static xsltSecurityPrefsPtr sec;
static xsltDocLoaderFunc default_loader;

/* document() at run time: only files under a stylesheet's own directory. */
static int
check_read_file(xsltSecurityPrefsPtr s, xsltTransformContextPtr t, const char *path)
{
	(void)s;
	if (!t || !t->_private)
		return 1;  /* compile time: xsl:import / xsl:include */
	frus_xslt *x = t->_private;
	char real[PATH_MAX];
	if (!realpath(path, real))
		return 1;  /* missing: the loader reports it */
	for (size_t i = 0; i < x->ndirs; i++) {
		size_t n = strlen(x->dirs[i]);
		if (strncmp(real, x->dirs[i], n) == 0 && real[n] == '/')
			return 1;
	}
	return 0;
}

/* Every load without network and without external DTDs; documents (as
 * opposed to stylesheets) also without entity substitution. */
static xmlDocPtr
safe_loader(const xmlChar *uri, xmlDictPtr dict, int options, void *ctxt, xsltLoadType type)
{
	options |= XML_PARSE_NONET;
	options &= ~(XML_PARSE_DTDLOAD | XML_PARSE_DTDVALID);
	if (type == XSLT_LOAD_DOCUMENT)
		options &= ~(XML_PARSE_NOENT | XML_PARSE_DTDATTR);
	return default_loader(uri, dict, options, ctxt, type);
}

void
frus_xslt_init(void)
{
	static int done;
	if (done)
		return;
	done = 1;
	frus_xml_init();
	exsltRegisterAll();
	xsltSetGenericErrorFunc(NULL, on_generic);
	default_loader = xsltDocDefaultLoader;
	xsltSetLoaderFunc(safe_loader);
	sec = xsltNewSecurityPrefs();
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_FILE, check_read_file);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
	xsltSetDefaultSecurityPrefs(sec);
}

/* ---- the chain ---- */

frus_xslt *
frus_xslt_new(void)
{
	frus_xslt_init();
	frus_xslt *x = frus_xmalloc(sizeof *x);
	memset(x, 0, sizeof *x);
	x->params = frus_xmalloc(sizeof *x->params);
	x->params[0] = NULL;
	return x;
}

void
frus_xslt_free(frus_xslt *x)
{
	if (!x)
		return;
	for (size_t i = 0; i < x->nsteps; i++)
		xsltFreeStylesheet(x->steps[i]);
	free(x->steps);
	for (size_t i = 0; i < 2 * x->nparams; i++)
		free(x->params[i]);
	free(x->params);
	for (size_t i = 0; i < x->ndirs; i++)
		free(x->dirs[i]);
	free(x->dirs);
	free(x);
}

size_t
frus_xslt_count(const frus_xslt *x)
{
	return x->nsteps;
}

static void
add_dir(frus_xslt *x, const char *path)
{
	char real[PATH_MAX];
	if (!realpath(path, real))
		return;
	char *slash = strrchr(real, '/');
	if (!slash)
		return;
	if (slash == real)
		slash[1] = '\0';  /* "/" itself: everything; the user asked for it */
	else
		*slash = '\0';
	for (size_t i = 0; i < x->ndirs; i++)
		if (strcmp(x->dirs[i], real) == 0)
			return;
	x->dirs = frus_xrealloc(x->dirs, (x->ndirs + 1) * sizeof *x->dirs);
	x->dirs[x->ndirs++] = frus_xstrdup(real);
}

int
frus_xslt_add_file(frus_xslt *x, const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		frus_error(path, 0, 0, "cannot read stylesheet: %s", strerror(errno));
		return -1;
	}
	rep_begin(NULL, path);
	unsigned long before = frus_nerrors;
	xsltStylesheetPtr style = xsltParseStylesheetFile(BAD_CAST path);
	if (style && style->errors > 0) {
		xsltFreeStylesheet(style);
		style = NULL;
	}
	rep_end();
	if (!style) {
		if (frus_nerrors == before)
			frus_error(path, 0, 0, "not a usable XSLT stylesheet");
		return -1;
	}
	if (x->nsteps == x->capsteps) {
		x->capsteps = x->capsteps ? 2 * x->capsteps : 4;
		x->steps = frus_xrealloc(x->steps, x->capsteps * sizeof *x->steps);
	}
	x->steps[x->nsteps++] = style;
	add_dir(x, path);
	return 0;
}

/* Format names are plain words: no path can escape xslt/. */
static int
valid_format(const char *name)
{
	if (!*name)
		return 0;
	for (const char *p = name; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		      (*p >= '0' && *p <= '9') || *p == '-' || *p == '_'))
			return 0;
	return 1;
}

static int
add_chain_file(frus_xslt *x, const char *chain)
{
	FILE *fp = fopen(chain, "r");
	if (!fp) {
		frus_error(chain, 0, 0, "cannot read: %s", strerror(errno));
		return -1;
	}
	char line[1024];
	long lineno = 0;
	int rc = 0, n = 0;
	while (rc == 0 && fgets(line, sizeof line, fp)) {
		lineno++;
		char *s = line, *e;
		while (*s == ' ' || *s == '\t')
			s++;
		e = s + strlen(s);
		while (e > s && (e[-1] == '\n' || e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t'))
			*--e = '\0';
		if (!*s || *s == '#')
			continue;
		if (strstr(s, "..") || *s == '/') {
			frus_error(chain, lineno, 0, "\"%s\": a chain names files inside xslt/", s);
			rc = -1;
			break;
		}
		size_t len = strlen(s) + 6;
		char *rel = frus_xmalloc(len);
		snprintf(rel, len, "xslt/%s", s);
		char *path = frus_datapath(rel);
		free(rel);
		rc = frus_xslt_add_file(x, path);
		free(path);
		n++;
	}
	fclose(fp);
	if (rc == 0 && n == 0) {
		frus_error(chain, 0, 0, "the chain lists no stylesheet");
		rc = -1;
	}
	return rc;
}

int
frus_xslt_add_format(frus_xslt *x, const char *name)
{
	struct stat st;
	if (!valid_format(name)) {
		frus_error(NULL, 0, 0, "unknown format \"%s\"", name);
		return -1;
	}
	size_t len = strlen(name) + 16;
	char *rel = frus_xmalloc(len);
	snprintf(rel, len, "xslt/%s.chain", name);
	char *path = frus_datapath(rel);
	int rc;
	if (stat(path, &st) == 0) {
		rc = add_chain_file(x, path);
	} else {
		snprintf(rel, len, "xslt/%s.xsl", name);
		free(path);
		path = frus_datapath(rel);
		if (stat(path, &st) == 0) {
			rc = frus_xslt_add_file(x, path);
		} else {
			frus_error(NULL, 0, 0, "unknown format \"%s\" (no %s.chain or %s.xsl in %s/xslt)",
			           name, name, name, frus_datadir());
			rc = -1;
		}
	}
	free(path);
	free(rel);
	return rc;
}

void
frus_xslt_set_param(frus_xslt *x, const char *name, const char *value)
{
	for (size_t i = 0; i < x->nparams; i++)
		if (strcmp(x->params[2 * i], name) == 0) {
			free(x->params[2 * i + 1]);
			x->params[2 * i + 1] = frus_xstrdup(value);
			return;
		}
	x->params = frus_xrealloc(x->params, (2 * x->nparams + 3) * sizeof *x->params);
	x->params[2 * x->nparams] = frus_xstrdup(name);
	x->params[2 * x->nparams + 1] = frus_xstrdup(value);
	x->nparams++;
	x->params[2 * x->nparams] = NULL;
}

int
frus_xslt_param(frus_xslt *x, const char *assignment)
{
	const char *eq = strchr(assignment, '=');
	if (!eq || eq == assignment) {
		frus_error(NULL, 0, 0, "parameter \"%s\": expected NAME=VALUE", assignment);
		return -1;
	}
	char *name = frus_xstrndup(assignment, (size_t)(eq - assignment));
	if (xmlValidateQName(BAD_CAST name, 0) != 0) {
		frus_error(NULL, 0, 0, "parameter \"%s\": \"%s\" is not an XSLT parameter name",
		           assignment, name);
		free(name);
		return -1;
	}
	frus_xslt_set_param(x, name, eq + 1);
	free(name);
	return 0;
}

/* One step; NULL after reporting. */
static xmlDocPtr
apply_one(frus_xslt *x, xsltStylesheetPtr style, xmlDocPtr in, const char *name)
{
	const char *sname = style->doc && style->doc->URL ? (const char *)style->doc->URL : "stylesheet";
	xsltTransformContextPtr t = xsltNewTransformContext(style, in);
	if (!t)
		frus_die(FRUS_EXIT_USAGE, "out of memory");
	t->maxTemplateDepth = FRUS_XSLT_MAX_DEPTH;
	t->_private = x;
	xsltSetCtxtSecurityPrefs(sec, t);
	xsltSetTransformErrorFunc(t, NULL, on_generic);
	unsigned long before = frus_nerrors;
	rep_begin(t, sname);
	xmlDocPtr res = NULL;
	if (xsltQuoteUserParams(t, (const char **)x->params) == 0)
		res = xsltApplyStylesheetUser(style, in, NULL, NULL, NULL, t);
	rep_end();
	int state = t->state;
	xsltFreeTransformContext(t);
	if (state != XSLT_STATE_OK || !res) {
		xmlFreeDoc(res);
		if (frus_nerrors == before)
			frus_error(sname, 0, 0, "%s: %s", name,
			           state == XSLT_STATE_STOPPED ? "transformation stopped by the stylesheet"
			                                       : "transformation failed");
		return NULL;
	}
	return res;
}

xmlDocPtr
frus_xslt_apply(frus_xslt *x, xmlDocPtr doc, const char *name)
{
	xmlDocPtr cur = doc;
	if (!name)
		name = "<input>";
	if (x->nsteps == 0) {
		frus_error(NULL, 0, 0, "no stylesheet to apply");
		return NULL;
	}
	for (size_t i = 0; i < x->nsteps; i++) {
		xmlDocPtr next = apply_one(x, x->steps[i], cur, name);
		if (cur != doc)
			xmlFreeDoc(cur);
		if (!next)
			return NULL;
		cur = next;
	}
	return cur;
}

int
frus_xslt_save_file(frus_xslt *x, xmlDocPtr result, FILE *fp)
{
	if (x->nsteps == 0)
		return -1;
	if (xsltSaveResultToFile(fp, result, x->steps[x->nsteps - 1]) < 0)
		return -1;
	return ferror(fp) ? -1 : 0;
}

int
frus_xslt_save_memory(frus_xslt *x, xmlDocPtr result, char **buf, size_t *len)
{
	xmlChar *s = NULL;
	int n = 0;
	*buf = NULL;
	*len = 0;
	if (x->nsteps == 0 || xsltSaveResultToString(&s, &n, result, x->steps[x->nsteps - 1]) < 0) {
		xmlFree(s);
		return -1;
	}
	*len = n > 0 ? (size_t)n : 0;
	*buf = frus_xmalloc(*len + 1);
	if (*len)
		memcpy(*buf, s, *len);
	(*buf)[*len] = '\0';
	xmlFree(s);
	return 0;
}

int
frus_xslt_write(frus_xslt *x, xmlDocPtr result, const char *path)
{
	frus_out *o = frus_out_open(path);
	if (!o)
		return -1;
	if (frus_xslt_save_file(x, result, frus_out_file(o)) != 0) {
		frus_error(frus_out_path(o), 0, 0, "cannot write the result");
		frus_out_abort(o);
		return -1;
	}
	return frus_out_commit(o);
}

const char *
frus_xslt_extension(const frus_xslt *x)
{
	if (x->nsteps == 0)
		return ".xml";
	xsltStylesheetPtr style = x->steps[x->nsteps - 1];
	const xmlChar *method, *media;
	XSLT_GET_IMPORT_PTR(method, style, method)
	XSLT_GET_IMPORT_PTR(media, style, mediaType)
	if (media) {
		if (xmlStrEqual(media, BAD_CAST "text/markdown"))
			return ".md";
		if (xmlStrEqual(media, BAD_CAST "application/json"))
			return ".json";
		if (xmlStrEqual(media, BAD_CAST "text/html") ||
		    xmlStrEqual(media, BAD_CAST "application/xhtml+xml"))
			return ".html";
	}
	if (method && (xmlStrEqual(method, BAD_CAST "html") || xmlStrEqual(method, BAD_CAST "xhtml")))
		return ".html";
	if (method && xmlStrEqual(method, BAD_CAST "text"))
		return ".txt";
	return ".xml";
}

xmlDocPtr
frus_xslt_transform(const char *path, xmlDocPtr doc, const char *const *params)
{
	frus_xslt *x = frus_xslt_new();
	xmlDocPtr res = NULL;
	if (params)
		for (size_t i = 0; params[i] && params[i + 1]; i += 2)
			frus_xslt_set_param(x, params[i], params[i + 1]);
	if (frus_xslt_add_file(x, path) == 0)
		res = frus_xslt_apply(x, doc, doc && doc->URL ? (const char *)doc->URL : NULL);
	frus_xslt_free(x);
	return res;
}
