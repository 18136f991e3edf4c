<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="/"><xsl:call-template name="down"/></xsl:template>
  <xsl:template name="down">
    <x><xsl:call-template name="down"/></x>
  </xsl:template>
</xsl:stylesheet>
