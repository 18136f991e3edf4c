<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/">
    <xsl:message>note: starting</xsl:message>
    <xsl:message terminate="yes">no document number in <xsl:value-of select="local-name(*)"/></xsl:message>
    <never/>
  </xsl:template>
</xsl:stylesheet>
