/* fuzz-xml — XML input as frus-validate and frus-transform see it: the
 * safe reader (frus_xml_read_memory), then the text transform
 * (xslt/text.xsl) on whatever it accepts, serialised.  With the library's
 * XSLT chain (FUZZ_HAVE_XSLT: tools/lib/xslt.c built) the chain is used,
 * otherwise libxslt directly; with the validator (FUZZ_HAVE_VALID) the
 * built-in validation runs too. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <libxml/parser.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>
#include <libexslt/exslt.h>
#include "frus/datadir.h"
#include "frus/err.h"
#include "frus/xmlio.h"
#ifdef FUZZ_HAVE_XSLT
#include "frus/xslt.h"
#endif
#ifdef FUZZ_HAVE_VALID
#include "frus/valid.h"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#ifdef FUZZ_HAVE_VALID
static frus_validator *validator;
#endif
#ifdef FUZZ_HAVE_XSLT
static frus_xslt *chain;
#else
static xsltStylesheetPtr sheet;
#endif

static void
silent(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static void
setup(void)
{
	{ static char name[] = "fuzz-xml"; frus_setprogname(name); }
	frus_quiet = 1;
	frus_xml_init();
	exsltRegisterAll();
	xsltSetGenericErrorFunc(NULL, silent);
	if (!getenv("FRUS_DATADIR"))
		frus_set_datadir(FUZZ_ROOT);
#ifdef FUZZ_HAVE_VALID
	validator = frus_validator_new();
	char *rng = frus_datapath("schemas/frus-tei.rng");
	char *sch = frus_datapath("schemas/frus.sch");
	char *cxsl = frus_datapath("xslt/schematron/compile.xsl");
	if (frus_validator_load_schema(validator, rng) != 0 ||
	    frus_validator_load_rules(validator, sch, cxsl) != 0)
		abort();
	free(rng);
	free(sch);
	free(cxsl);
#endif
#ifdef FUZZ_HAVE_XSLT
	chain = frus_xslt_new();
	if (frus_xslt_add_format(chain, "text") != 0)
		abort();
#else
	char *p = frus_datapath("xslt/text.xsl");
	sheet = xsltParseStylesheetFile((const xmlChar *)p);
	free(p);
	if (!sheet)
		abort();
#endif
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int ready;
	if (!ready) {
		setup();
		ready = 1;
	}
	xmlDocPtr doc = frus_xml_read_memory("fuzz.xml", (const char *)data, size);
	if (!doc)
		return 0;
#ifdef FUZZ_HAVE_VALID
	{
		frus_diags dg = { 0 };
		frus_validate_doc(validator, doc, &dg);
		frus_diags_free(&dg);
	}
#endif
#ifdef FUZZ_HAVE_XSLT
	xmlDocPtr res = frus_xslt_apply(chain, doc, "fuzz.xml");
	if (res) {
		char *s = NULL;
		size_t n = 0;
		if (frus_xslt_save_memory(chain, res, &s, &n) == 0)
			free(s);
		xmlFreeDoc(res);
	}
#else
	xsltTransformContextPtr tc = xsltNewTransformContext(sheet, doc);
	xsltSecurityPrefsPtr sec = xsltNewSecurityPrefs();
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_FILE, xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
	xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
	xsltSetCtxtSecurityPrefs(sec, tc);
	xmlDocPtr res = xsltApplyStylesheetUser(sheet, doc, NULL, NULL, NULL, tc);
	if (res) {
		xmlChar *buf = NULL;
		int len = 0;
		xsltSaveResultToString(&buf, &len, res, sheet);
		xmlFree(buf);
		xmlFreeDoc(res);
	}
	xsltFreeTransformContext(tc);
	xsltFreeSecurityPrefs(sec);
#endif
	xmlFreeDoc(doc);
	return 0;
}
