import { adminGroups } from '../admin/groups'
import { bodyField, codeListField, localizedText, localizedTextarea, options, sourcesField } from '../fields/common'
import { SLUG_PATTERN } from '../fields/slug'
import { READY_FOR_REVIEW } from '../hooks/review'
import { postTypes } from '@toolkit/contract/vocabulary'
import { shareFields } from '../fields/share'
import { publicContent } from './publicContent'

/** Blog articles and newsletter issues. */
export const Posts = publicContent({
  slug: 'posts',
  searchFields: ['title', 'slug', 'excerpt', 'author'],
  labels: {
    // "Kirjoitus", as the site's front page calls them ("Uusimmat kirjoitukset").
    singular: { fi: 'Kirjoitus', en: 'Post', sv: 'Inlägg' },
    plural: { fi: 'Blogi ja uutiskirjeet', en: 'Blog and newsletters', sv: 'Blogg och nyhetsbrev' },
  },
  group: adminGroups.news,
  description: {
    fi: 'Blogikirjoitukset ja uutiskirjeet. Sivusto näyttää ne uusin ensin, artikkelit ja uutiskirjeet eri otsikoiden alla, ja tekee niistä RSS-syötteen.',
    en: 'Blog articles and newsletter issues. The site lists them newest first, articles and newsletters under headings of their own, and makes an RSS feed of them.',
    sv: 'Blogginlägg och nyhetsbrev. Webbplatsen visar dem med det senaste först, artiklar och nyhetsbrev under egna rubriker, och gör ett RSS-flöde av dem.',
  },
  defaultColumns: ['title', 'type', 'date', '_status', READY_FOR_REVIEW, 'updatedAt'],
  defaultSort: '-date',
  fields: [
    localizedText(
      'title',
      { fi: 'Otsikko', en: 'Title', sv: 'Titel' },
      {
        required: true,
        description: {
          fi: 'Kirjoituksen otsikko sivustolla, listassa ja RSS-syötteessä, esimerkiksi ”Digitaidot uutena lukutaitona”.',
          en: 'The post’s title on the site, in the list and in the RSS feed, for example “Digital skills as the new literacy”.',
          sv: 'Inläggets rubrik på webbplatsen, i listan och i RSS-flödet, till exempel ”Digitala färdigheter som den nya läskunnigheten”.',
        },
      },
    ),
    {
      name: 'type',
      type: 'select',
      required: true,
      defaultValue: 'article',
      label: { fi: 'Tyyppi', en: 'Type', sv: 'Typ' },
      options: options(postTypes, {
        article: { fi: 'Artikkeli', en: 'Article', sv: 'Artikel' },
        newsletter: { fi: 'Uutiskirje', en: 'Newsletter issue', sv: 'Nyhetsbrev' },
      }),
      admin: {
        position: 'sidebar',
        description: {
          fi: 'Sivusto näyttää artikkelit ja uutiskirjeet blogisivulla eri otsikoiden alla.',
          en: 'The site shows articles and newsletters under separate headings on the blog page.',
          sv: 'Webbplatsen visar artiklar och nyhetsbrev under olika rubriker på bloggsidan.',
        },
      },
    },
    {
      name: 'date',
      type: 'date',
      required: true,
      label: { fi: 'Julkaisupäivä', en: 'Publication date', sv: 'Publiceringsdatum' },
      admin: {
        position: 'sidebar',
        description: {
          fi: 'Kirjoituksen yhteydessä näkyvä päivä, jonka mukaan kirjoitukset järjestetään, esimerkiksi 15.1.2027. Päivä ei julkaise kirjoitusta: käytä siihen Julkaise- tai Ajasta julkaisu -painiketta.',
          en: 'The date shown with the post, by which posts are ordered, for example 15.1.2027. It does not publish the post: use Publish or Schedule publish for that.',
          sv: 'Datumet som visas med inlägget och som inläggen ordnas efter, till exempel 15.1.2027. Det publicerar inte inlägget: använd Publicera eller Schemalägg publicering för det.',
        },
        date: { pickerAppearance: 'dayOnly', displayFormat: 'd.M.yyyy' },
      },
    },
    {
      name: 'author',
      type: 'text',
      required: true,
      label: { fi: 'Tekijä (näytettävä nimi)', en: 'Author (display name)', sv: 'Författare (visningsnamn)' },
      admin: {
        position: 'sidebar',
        description: {
          fi: 'Organisaatio tai ”Toimitus”. Yksityishenkilön nimi vain hänen luvallaan. Näkyy kirjoituksen yhteydessä.',
          en: 'An organisation or “Editorial team”. Never a private person without their consent. Shown with the post.',
          sv: 'En organisation eller ”Redaktionen”. Aldrig en privatperson utan samtycke. Visas med inlägget.',
        },
      },
    },
    codeListField(
      'tags',
      { fi: 'Aiheet', en: 'Tags', sv: 'Taggar' },
      SLUG_PATTERN,
      {
        fi: 'Aiheet: käytä pieniä kirjaimia a–z, numeroita ja yhdysmerkkejä',
        en: 'Tags: use lower-case letters a–z, digits and hyphens',
        sv: 'Taggar: använd små bokstäver a–z, siffror och bindestreck',
      },
      {
        fi: 'Lyhyitä aihesanoja, jotka näkyvät kirjoituksen lopussa ja kokoavat saman aiheen kirjoitukset blogisivulle. Pienet kirjaimet a–z ilman ääkkösiä, numerot ja yhdysmerkit, samat kaikilla kielillä, esimerkiksi digitaidot tai tyollistyminen. Kirjoita aihe ja paina Enter.',
        en: 'Short topic words, shown at the end of the post; the blog page gathers the posts of each tag. Lower-case letters a–z, digits and hyphens, the same in every language, for example digitaidot or tyollistyminen. Type a tag and press Enter.',
        sv: 'Korta ämnesord som visas i slutet av inlägget; bloggsidan samlar inläggen med samma tagg. Små bokstäver a–z, siffror och bindestreck, desamma på alla språk, till exempel digitaidot eller tyollistyminen. Skriv en tagg och tryck på Enter.',
      },
    ),
    localizedTextarea(
      'excerpt',
      { fi: 'Ingressi', en: 'Excerpt', sv: 'Ingress' },
      {
        required: true,
        maxLength: 400,
        description: {
          fi: 'Pari virkettä, jotka kertovat, mistä kirjoituksessa on kyse. Näkyy listassa, kirjoituksen alussa ja RSS-syötteessä. Enintään 400 merkkiä.',
          en: 'A couple of sentences on what the post is about. Shown in the list, at the top of the post and in the RSS feed. At most 400 characters.',
          sv: 'Ett par meningar om vad inlägget handlar om. Visas i listan, överst i inlägget och i RSS-flödet. Högst 400 tecken.',
        },
      },
    ),
    bodyField(
      { fi: 'Teksti', en: 'Body', sv: 'Brödtext' },
      {
        fi: 'Kirjoituksen varsinainen teksti ingressin jälkeen. Jäsennä se väliotsikoilla ja luetteloilla.',
        en: 'The post’s main text, after the excerpt. Give it structure with headings and lists.',
        sv: 'Inläggets huvudtext, efter ingressen. Dela upp den med mellanrubriker och listor.',
      },
    ),
    sourcesField(),
    ...shareFields(),
  ],
})
