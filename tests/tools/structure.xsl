<?xml version="1.0" encoding="UTF-8"?>
<!--
  structure.xsl (test helper) — the structure of a FRUS TEI document as
  lines, for comparing the converter's output with the Office's encoding:
  one line per block ("kind[attributes]: text"), footnote markers shown as
  ⟨n⟩ and page breaks as ⟦n⟧ at the exact place, each note's text on its
  own line.  Inline tagging (persName, gloss, hi) is reduced to its text:
  plain text cannot reveal it.  A labelled list item is shown as the
  numbered paragraph the older encoding uses ("p: 1. text").
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:frus="http://history.state.gov/frus/ns/1.0"
    exclude-result-prefixes="tei frus">
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:apply-templates select="//tei:div[@type='document']"/>
  </xsl:template>

  <xsl:template match="tei:div">
    <xsl:text>div n=</xsl:text><xsl:value-of select="@n"/>
    <xsl:text> id=</xsl:text><xsl:value-of select="@xml:id"/>
    <xsl:text>&#10;</xsl:text>
    <xsl:apply-templates select="*" mode="block"/>
    <xsl:for-each select=".//tei:note[@n]">
      <xsl:text>note n=</xsl:text><xsl:value-of select="@n"/>
      <xsl:text> id=</xsl:text><xsl:value-of select="@xml:id"/>
      <xsl:if test="@type"> type=<xsl:value-of select="@type"/></xsl:if>
      <xsl:text>: </xsl:text>
      <xsl:for-each select="tei:p">
        <xsl:if test="position() &gt; 1"> ¶ </xsl:if>
        <xsl:call-template name="flat"/>
      </xsl:for-each>
      <xsl:if test="not(tei:p)"><xsl:call-template name="flat"/></xsl:if>
      <xsl:text>&#10;</xsl:text>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="line">
    <xsl:param name="kind"/>
    <xsl:value-of select="$kind"/>
    <xsl:text>: </xsl:text>
    <xsl:call-template name="flat"/>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <xsl:template name="flat">
    <xsl:variable name="t"><xsl:apply-templates mode="flat"/></xsl:variable>
    <xsl:value-of select="normalize-space($t)"/>
  </xsl:template>

  <xsl:template match="tei:p | tei:head | tei:dateline" mode="block">
    <xsl:call-template name="line">
      <xsl:with-param name="kind" select="concat(local-name(), substring(concat('[', @rend, ']'), 1, 2 * string-length(@rend) + 2 * boolean(@rend)))"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:pb" mode="block">
    <xsl:text>pb: ⟦</xsl:text><xsl:value-of select="@n"/><xsl:text>⟧&#10;</xsl:text>
  </xsl:template>

  <xsl:template match="tei:list" mode="block">
    <xsl:if test="not(tei:label)">
      <xsl:text>list[</xsl:text><xsl:value-of select="@type"/><xsl:text>]&#10;</xsl:text>
    </xsl:if>
    <xsl:for-each select="tei:head">
      <xsl:call-template name="line"><xsl:with-param name="kind" select="'  head'"/></xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="tei:item">
      <xsl:choose>
        <xsl:when test="preceding-sibling::*[1][self::tei:label]">
          <xsl:text>p: </xsl:text>
          <xsl:value-of select="normalize-space(preceding-sibling::tei:label[1])"/>
          <xsl:text> </xsl:text>
          <xsl:call-template name="flat"/>
          <xsl:text>&#10;</xsl:text>
        </xsl:when>
        <xsl:otherwise>
          <xsl:text>  item: </xsl:text>
          <xsl:variable name="t"><xsl:apply-templates select="node()[not(self::tei:list)]" mode="flat"/></xsl:variable>
          <xsl:value-of select="normalize-space($t)"/>
          <xsl:text>&#10;</xsl:text>
          <xsl:apply-templates select="tei:list" mode="block"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:closer" mode="block">
    <xsl:call-template name="line"><xsl:with-param name="kind" select="'closer'"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:space" mode="block"/>

  <xsl:template match="*" mode="block">
    <xsl:call-template name="line"><xsl:with-param name="kind" select="local-name()"/></xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:note" mode="flat">⟨<xsl:value-of select="@n"/>⟩</xsl:template>
  <xsl:template match="tei:pb" mode="flat">⟦<xsl:value-of select="@n"/>⟧</xsl:template>
  <xsl:template match="tei:lb" mode="flat"><xsl:text> </xsl:text></xsl:template>
</xsl:stylesheet>
