/**
 * The rich-text editor's own strings (@payloadcms/richtext-lexical ships no Finnish): `general`
 * is the editor's core, every other key is a feature's `key`, as Payload merges them into
 * `i18n.translations.<language>.lexical` and looks them up (`t('lexical:heading:label')`).
 * Every feature the package ships is here, enabled or not (cms/src/fields/richText.ts decides
 * which are enabled); tests/unit/admin-finnish.test.ts fails when an upgrade adds a string.
 */
export const lexical = {
  general: {
    placeholder: 'Aloita kirjoittaminen tai avaa komennot painamalla /',
    slashMenuBasicGroupLabel: 'Perustoiminnot',
    slashMenuListGroupLabel: 'Luettelot',
    toolbarItemsActive: '{{count}} käytössä',
  },
  align: {
    alignCenterLabel: 'Keskitä',
    alignJustifyLabel: 'Tasaa molemmat reunat',
    alignLeftLabel: 'Tasaa vasemmalle',
    alignRightLabel: 'Tasaa oikealle',
  },
  blockquote: {
    label: 'Lainaus',
  },
  blocks: {
    inlineBlocks: {
      create: 'Luo uusi: {{label}}',
      edit: 'Muokkaa: {{label}}',
      label: 'Tekstinsisäiset lohkot',
      remove: 'Poista: {{label}}',
    },
    label: 'Lohkot',
  },
  checklist: {
    label: 'Tehtävälista',
  },
  heading: {
    label: 'Otsikko {{headingLevel}}',
  },
  horizontalRule: {
    label: 'Vaakaviiva',
  },
  indent: {
    decreaseLabel: 'Vähennä sisennystä',
    increaseLabel: 'Lisää sisennystä',
  },
  link: {
    label: 'Linkki',
    loadingWithEllipsis: 'Ladataan…',
  },
  orderedList: {
    label: 'Numeroitu luettelo',
  },
  paragraph: {
    label: 'Kappale',
    label2: 'Tavallinen teksti',
  },
  relationship: {
    label: 'Viittaus',
  },
  textState: {
    defaultStyle: 'Oletustyyli',
  },
  unorderedList: {
    label: 'Luettelomerkit',
  },
  upload: {
    label: 'Mediatiedosto',
  },
}
