<?xml version="1.0" encoding="UTF-8"?>
<!--
  tree.xsl (test helper) — the document div of a TEI file as an indented
  tree: one line per element with its attributes (xml:id included), one
  line per non-blank text node in quotes.  Compared with the expected
  files of tests/variety/, it asserts the whole structure, attributes
  such as date/@when, cell/@role and note/@xml:id included.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:template match="/">
    <xsl:apply-templates select="//tei:div[@type='document']"/>
  </xsl:template>
  <xsl:template match="*">
    <xsl:param name="ind" select="''"/>
    <xsl:value-of select="concat($ind, name())"/>
    <xsl:for-each select="@*">
      <xsl:value-of select="concat(' @', name(), '=', .)"/>
    </xsl:for-each>
    <xsl:text>&#10;</xsl:text>
    <xsl:apply-templates select="node()">
      <xsl:with-param name="ind" select="concat($ind, '  ')"/>
    </xsl:apply-templates>
  </xsl:template>
  <xsl:template match="text()">
    <xsl:param name="ind"/>
    <xsl:if test="normalize-space()">
      <xsl:value-of select="concat($ind, '&quot;', ., '&quot;&#10;')"/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
