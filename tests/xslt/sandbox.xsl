<?xml version="1.0" encoding="UTF-8"?>
<!-- Tries to write a file and to read one outside its own directory: both refused. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">
  <xsl:param name="target"/>
  <xsl:param name="read"/>
  <xsl:template match="/">
    <xsl:if test="$target"><exsl:document href="{$target}" method="text">written</exsl:document></xsl:if>
    <xsl:if test="$read"><r><xsl:value-of select="count(document($read))"/></r></xsl:if>
    <done/>
  </xsl:template>
</xsl:stylesheet>
