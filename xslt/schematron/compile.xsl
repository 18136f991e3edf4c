<?xml version="1.0" encoding="UTF-8"?>
<!--
  compile.xsl: ISO Schematron (queryBinding xslt, XPath 1.0) to an XSLT 1.0
  stylesheet, for frus-validate (frus-tools).

  The generated stylesheet, applied to a document, returns
    <frusv:report xmlns:frusv="urn:x-frus-tools:validate">
      <frusv:f id="RULE-ID" role="error|warning|..." line="N" path="/TEI[1]/text[1]/...">message</frusv:f>
      ...
    </frusv:report>
  with one frusv:f per failed assert or successful report.

  - id: the assert/report @id, else its rule's @id, else its pattern's @id.
  - role: the assert/report @role, else the rule's, else "error".
  - line: the context node's source line, from the extension function
    frusx:line() (namespace urn:x-frus-tools:ext) that frus-validate registers
    (libxml2 keeps a line number on every node); 0 where the function is not
    available (for example under plain xsltproc).
  - path: an XPath to the context node, for people and for the JSON output:
    frusx:path() where frus-validate provides it (the same string computed
    in C: the template frusv-path counts preceding siblings at every level),
    else the template frusv-path.

  Supported: sch:ns, sch:let (schema, pattern and rule level), sch:pattern,
  sch:rule (context, abstract rules and sch:extends), sch:assert,
  sch:report, sch:name, sch:value-of, sch:emph/dir/span (as text), and
  xsl:key elements at the top level of the schema (copied).  Phases,
  diagnostics and sch:include are not supported; all patterns run.
  Rule contexts are matched against elements and the root (as in the
  traditional skeleton's default "elements only" traversal), and against
  text nodes in the patterns that have a rule whose context mentions
  text().

  Within a pattern a node is handled by the first rule whose context matches
  it (template priority falls with the rule's position).

  Needs exsl:node-set (libexslt) to create the namespace declarations of
  sch:ns on the generated stylesheet.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:sch="http://purl.oclc.org/dsdl/schematron"
    xmlns:exsl="http://exslt.org/common"
    xmlns:axsl="urn:x-frus-tools:alias-xsl"
    xmlns:frusv="urn:x-frus-tools:validate"
    xmlns:frusx="urn:x-frus-tools:ext"
    extension-element-prefixes="exsl"
    exclude-result-prefixes="sch exsl">

  <xsl:namespace-alias stylesheet-prefix="axsl" result-prefix="xsl"/>
  <xsl:output method="xml" indent="yes" encoding="UTF-8"/>

  <xsl:key name="abstract-rule" match="sch:rule[@abstract = 'true']" use="@id"/>

  <xsl:template match="/">
    <xsl:if test="not(sch:schema)">
      <xsl:message terminate="yes">compile.xsl: not an ISO Schematron schema (root must be sch:schema in http://purl.oclc.org/dsdl/schematron)</xsl:message>
    </xsl:if>
    <xsl:apply-templates select="sch:schema"/>
  </xsl:template>

  <xsl:template match="sch:schema">
    <xsl:if test="@queryBinding and not(@queryBinding = 'xslt' or @queryBinding = 'xslt1' or @queryBinding = 'xpath')">
      <xsl:message terminate="yes">compile.xsl: queryBinding "<xsl:value-of select="@queryBinding"/>" is not supported (XSLT 1.0 only)</xsl:message>
    </xsl:if>
    <!-- The sch:ns declarations become namespace nodes of the stylesheet
         element: build a throw-away element per prefix and copy its
         namespace node. -->
    <xsl:variable name="nsholders">
      <xsl:for-each select="sch:ns">
        <xsl:element name="{@prefix}:x" namespace="{@uri}"/>
      </xsl:for-each>
    </xsl:variable>
    <axsl:stylesheet version="1.0">
      <xsl:for-each select="exsl:node-set($nsholders)/*">
        <xsl:copy-of select="namespace::*[name() != '' and name() != 'xml']"/>
      </xsl:for-each>
      <axsl:output method="xml" encoding="UTF-8"/>
      <xsl:copy-of select="xsl:key"/>
      <xsl:apply-templates select="sch:let" mode="global"/>
      <xsl:apply-templates select="sch:pattern/sch:let" mode="global"/>

      <axsl:template match="/">
        <frusv:report>
          <xsl:for-each select="sch:pattern[not(@abstract = 'true')]">
            <axsl:apply-templates select="/" mode="P{position()}"/>
          </xsl:for-each>
        </frusv:report>
      </axsl:template>

      <xsl:for-each select="sch:pattern[not(@abstract = 'true')]">
        <xsl:variable name="mode" select="concat('P', position())"/>
        <!-- Text nodes are visited only by the patterns that have a rule
             for them. -->
        <xsl:variable name="children">
          <xsl:choose>
            <xsl:when test="sch:rule[contains(@context, 'text()')]">*|text()</xsl:when>
            <xsl:otherwise>*</xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:for-each select="sch:rule[not(@abstract = 'true')]">
          <axsl:template match="{@context}" mode="{$mode}" priority="{1000 - position()}">
            <xsl:apply-templates select="sch:let" mode="local"/>
            <xsl:apply-templates select="sch:assert | sch:report | sch:extends"/>
            <axsl:apply-templates select="{$children}" mode="{$mode}"/>
          </axsl:template>
        </xsl:for-each>
        <axsl:template match="/" mode="{$mode}" priority="-1">
          <axsl:apply-templates select="{$children}" mode="{$mode}"/>
        </axsl:template>
        <axsl:template match="*" mode="{$mode}" priority="-1">
          <axsl:apply-templates select="{$children}" mode="{$mode}"/>
        </axsl:template>
        <axsl:template match="text()" mode="{$mode}" priority="-1"/>
      </xsl:for-each>

      <axsl:template name="frusv-path">
        <axsl:for-each select="ancestor-or-self::*">
          <axsl:text>/</axsl:text>
          <axsl:value-of select="name()"/>
          <axsl:text>[</axsl:text>
          <axsl:value-of select="count(preceding-sibling::*[name() = name(current())]) + 1"/>
          <axsl:text>]</axsl:text>
        </axsl:for-each>
        <axsl:if test="not(self::*)">
          <axsl:if test="not(parent::node())">/</axsl:if>
        </axsl:if>
      </axsl:template>
    </axsl:stylesheet>
  </xsl:template>

  <xsl:template match="sch:let" mode="global">
    <axsl:variable name="{@name}" select="{@value}"/>
  </xsl:template>

  <xsl:template match="sch:let" mode="local">
    <axsl:variable name="{@name}" select="{@value}"/>
  </xsl:template>

  <xsl:template match="sch:extends">
    <xsl:variable name="abstract" select="key('abstract-rule', @rule)"/>
    <xsl:if test="not($abstract)">
      <xsl:message terminate="yes">compile.xsl: sch:extends names no abstract rule "<xsl:value-of select="@rule"/>"</xsl:message>
    </xsl:if>
    <xsl:apply-templates select="$abstract/sch:let" mode="local"/>
    <xsl:apply-templates select="$abstract/sch:assert | $abstract/sch:report"/>
  </xsl:template>

  <xsl:template match="sch:assert">
    <axsl:if test="not({@test})">
      <xsl:call-template name="emit"/>
    </axsl:if>
  </xsl:template>

  <xsl:template match="sch:report">
    <axsl:if test="{@test}">
      <xsl:call-template name="emit"/>
    </axsl:if>
  </xsl:template>

  <xsl:template name="emit">
    <xsl:variable name="id">
      <xsl:choose>
        <xsl:when test="@id"><xsl:value-of select="@id"/></xsl:when>
        <xsl:when test="../@id"><xsl:value-of select="../@id"/></xsl:when>
        <xsl:when test="../../@id"><xsl:value-of select="../../@id"/></xsl:when>
        <xsl:otherwise>schematron</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="role">
      <xsl:choose>
        <xsl:when test="@role"><xsl:value-of select="@role"/></xsl:when>
        <xsl:when test="../@role"><xsl:value-of select="../@role"/></xsl:when>
        <xsl:otherwise>error</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <frusv:f id="{$id}" role="{$role}">
      <axsl:attribute name="line">
        <axsl:choose>
          <axsl:when test="function-available('frusx:line')">
            <axsl:value-of select="frusx:line()"/>
          </axsl:when>
          <axsl:otherwise>0</axsl:otherwise>
        </axsl:choose>
      </axsl:attribute>
      <axsl:attribute name="path">
        <axsl:choose>
          <axsl:when test="function-available('frusx:path')">
            <axsl:value-of select="frusx:path()"/>
          </axsl:when>
          <axsl:otherwise>
            <axsl:call-template name="frusv-path"/>
          </axsl:otherwise>
        </axsl:choose>
      </axsl:attribute>
      <xsl:apply-templates select="node()" mode="message"/>
    </frusv:f>
  </xsl:template>

  <xsl:template match="text()" mode="message">
    <axsl:text><xsl:value-of select="."/></axsl:text>
  </xsl:template>

  <xsl:template match="sch:value-of" mode="message">
    <axsl:value-of select="{@select}"/>
  </xsl:template>

  <xsl:template match="sch:name" mode="message">
    <xsl:choose>
      <xsl:when test="@path"><axsl:value-of select="name({@path})"/></xsl:when>
      <xsl:otherwise><axsl:value-of select="name()"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="sch:emph | sch:dir | sch:span" mode="message">
    <xsl:apply-templates select="node()" mode="message"/>
  </xsl:template>

  <xsl:template match="*" mode="message">
    <xsl:apply-templates select="node()" mode="message"/>
  </xsl:template>
</xsl:stylesheet>
