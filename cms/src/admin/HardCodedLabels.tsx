'use client'

import { useTranslation } from '@payloadcms/ui'
import React, { useEffect } from 'react'

/**
 * The rich-text editor (richtext-lexical 3.90) writes a few screen-reader labels in English in its
 * code instead of through Payload's translations, so our Finnish cannot reach them: a screen-reader
 * user heard "Add block" and "Edit link" in a Finnish admin. This provider puts the editor's
 * language on those buttons as they appear. Keyed by the exact English, so it does nothing once a
 * Payload upgrade translates them itself; tests/e2e/editor-journeys.test.ts finds any new one.
 */
const labels: Record<string, { fi: string; sv: string }> = {
  'Add block': { fi: 'Lisää lohko', sv: 'Lägg till block' },
  'Drag to move': { fi: 'Siirrä vetämällä', sv: 'Dra för att flytta' },
  'Edit link': { fi: 'Muokkaa linkkiä', sv: 'Redigera länk' },
  'Remove link': { fi: 'Poista linkki', sv: 'Ta bort länk' },
  'Insert Paragraph': { fi: 'Lisää kappale', sv: 'Infoga stycke' },
  'Add Row': { fi: 'Lisää rivi', sv: 'Lägg till rad' },
  'Add Column': { fi: 'Lisää sarake', sv: 'Lägg till kolumn' },
}

function relabel(root: ParentNode, language: 'fi' | 'sv'): void {
  for (const element of root.querySelectorAll<HTMLElement>('[aria-label]')) {
    const translated = labels[element.getAttribute('aria-label') ?? '']?.[language]
    if (translated) element.setAttribute('aria-label', translated)
  }
}

export function HardCodedLabels({ children }: { children?: React.ReactNode }) {
  const { i18n } = useTranslation()
  const language = i18n.language === 'fi' || i18n.language === 'sv' ? i18n.language : null
  useEffect(() => {
    if (!language) return
    relabel(document, language)
    const observer = new MutationObserver(() => relabel(document, language))
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['aria-label'],
    })
    return () => observer.disconnect()
  }, [language])
  return <>{children}</>
}
