import { adminGroups } from '../admin/groups'
import {
  codeListField,
  httpsUrlField,
  levelField,
  localizedText,
  localizedTextarea,
  matches,
  textListField,
  plainSummaryField,
  searchKeywordsField,
} from '../fields/common'
import { READY_FOR_REVIEW } from '../hooks/review'
import { codePatterns } from '@toolkit/contract/vocabulary'
import { publicContent } from './publicContent'

/**
 * A digital-skills badge: criteria, evidence and DigComp alignment, enough to publish it as an
 * Open Badges 3.0 Achievement and a 2.0 BadgeClass.
 */
export const Badges = publicContent({
  slug: 'badges',
  searchFields: ['name', 'slug', 'description'],
  // An issued Open Badge names its badge by this address: it must never change once public.
  lockSlugOncePublished: true,
  labels: {
    singular: { fi: 'Osaamismerkki', en: 'Badge', sv: 'Kompetensmärke' },
    plural: { fi: 'Osaamismerkit', en: 'Digital-skills badges', sv: 'Kompetensmärken' },
  },
  group: adminGroups.learning,
  description: {
    fi: 'Digitaitojen osaamismerkkien portaikko. Sivusto julkaisee jokaisen merkin myös Open Badges -tietoina, joiden avulla merkkipalvelu voi myöntää merkin.',
    en: 'The ladder of digital-skills badges. The site also publishes each badge as Open Badges data, with which a badge platform can award it.',
    sv: 'Stegen av kompetensmärken för digitala färdigheter. Webbplatsen publicerar också varje märke som Open Badges-data, med vilka en märkestjänst kan dela ut det.',
  },
  titleField: 'name',
  defaultColumns: ['name', 'level', 'order', '_status', READY_FOR_REVIEW, 'updatedAt'],
  defaultSort: 'order',
  fields: [
    localizedText(
      'name',
      { fi: 'Nimi', en: 'Name', sv: 'Namn' },
      {
        required: true,
        description: {
          fi: 'Merkin nimi sivustolla ja Open Badges -tiedoissa, esimerkiksi ”Laite tutuksi”.',
          en: 'The badge’s name on the site and in the Open Badges data, for example “Getting to know your device”.',
          sv: 'Märkets namn på webbplatsen och i Open Badges-data, till exempel ”Lär känna din enhet”.',
        },
      },
    ),
    {
      ...levelField(),
      admin: {
        position: 'sidebar',
        description: {
          fi: 'Merkin taso portaikossa. Näkyy merkin sivulla ja merkkien listassa.',
          en: 'The badge’s level on the ladder, shown on its page and in the list of badges.',
          sv: 'Märkets nivå på stegen. Visas på märkets sida och i listan över märken.',
        },
      },
    },
    {
      name: 'order',
      type: 'number',
      min: 0,
      label: { fi: 'Järjestys portaikossa', en: 'Position on the ladder', sv: 'Plats på stegen' },
      admin: {
        position: 'sidebar',
        description: {
          fi: 'Merkkien järjestys sivustolla: pienin numero ensin, esimerkiksi 1 portaikon ensimmäiselle merkille.',
          en: 'The order of the badges on the site, lowest number first: for example 1 for the first badge on the ladder.',
          sv: 'Märkenas ordning på webbplatsen, lägsta talet först: till exempel 1 för det första märket på stegen.',
        },
      },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: { fi: 'Merkki', en: 'Badge', sv: 'Märke' },
          fields: [
            localizedTextarea(
              'description',
              { fi: 'Kuvaus', en: 'Description', sv: 'Beskrivning' },
              {
                required: true,
                maxLength: 600,
                description: {
                  fi: 'Lyhyt esittely merkkien listassa ja merkin sivun alussa: mitä merkin saanut osaa.',
                  en: 'A short introduction in the list of badges and at the top of its page: what a holder can do.',
                  sv: 'En kort presentation i listan över märken och överst på märkets sida: vad den som fått märket kan.',
                },
              },
            ),
            plainSummaryField(),
            searchKeywordsField(),
            localizedTextarea(
              'criteria',
              {
                fi: 'Kriteerit (mitä merkin saaminen edellyttää)',
                en: 'Criteria (what earning it requires)',
                sv: 'Kriterier (vad som krävs)',
              },
              {
                required: true,
                description: {
                  fi: 'Mitä oppijan pitää osata saadakseen merkin. Näkyy merkin sivulla ja Open Badges -tiedoissa.',
                  en: 'What a learner must be able to do to earn the badge. Shown on its page and in the Open Badges data.',
                  sv: 'Vad deltagaren ska kunna för att få märket. Visas på märkets sida och i Open Badges-data.',
                },
              },
            ),
            textListField(
              'evidence',
              {
                fi: 'Näytöt (mitä oppija näyttää osaavansa)',
                en: 'Evidence the learner shows',
                sv: 'Bevis som deltagaren visar',
              },
              { fi: 'Näyttö', en: 'Evidence', sv: 'Bevis' },
              true,
              {
                fi: 'Kirjoita kullekin riville yksi tehtävä, jonka oppija tekee ohjaajan nähden, esimerkiksi ”Avaa pyydetyn sovelluksen ja sulkee sen.” Näkyy merkin sivulla kriteerien alla.',
                en: 'Write one task per row that the learner does while the instructor watches, for example “Opens the app asked for and closes it.” Shown on the badge’s page below the criteria.',
                sv: 'Skriv en uppgift per rad som deltagaren gör medan handledaren ser på, till exempel ”Öppnar appen som efterfrågas och stänger den.” Visas på märkets sida under kriterierna.',
              },
            ),
          ],
        },
        {
          label: { fi: 'DigComp-vastaavuus', en: 'DigComp alignment', sv: 'Koppling till DigComp' },
          fields: [
            {
              name: 'digcomp22',
              type: 'array',
              label: {
                fi: 'Vastaavuus DigComp 2.2 -viitekehykseen',
                en: 'DigComp 2.2 alignment',
                sv: 'Koppling till DigComp 2.2',
              },
              admin: {
                description: {
                  fi: 'DigComp 2.2 -koodit, joita suomalaiset järjestelmät, kuten TIEKE, käyttävät, ja ESCO-käsite, jos sellainen on. Näkyvät merkin sivulla ja Open Badges -tiedoissa.',
                  en: 'The codes used by Finnish schemes such as TIEKE, with the ESCO concept where one exists. Shown on the badge’s page and in the Open Badges data.',
                  sv: 'Koderna som finska system som TIEKE använder, med ESCO-begreppet där det finns. Visas på märkets sida och i Open Badges-data.',
                },
              },
              fields: [
                {
                  name: 'area',
                  type: 'text',
                  required: true,
                  label: { fi: 'Osaamisalue', en: 'Area', sv: 'Område' },
                  validate: matches(/^[1-5]$/, {
                    fi: 'Osaamisalue: kirjoita numero 1–5',
                    en: 'Area: a number 1–5',
                    sv: 'Område: ett tal 1–5',
                  }),
                  admin: {
                    description: {
                      fi: 'Osaamisalueen numero 1–5, esimerkiksi 5 (ongelmanratkaisu).',
                      en: 'The area’s number 1–5, for example 5 (problem solving).',
                      sv: 'Områdets nummer 1–5, till exempel 5 (problemlösning).',
                    },
                  },
                },
                {
                  name: 'competence',
                  type: 'text',
                  required: true,
                  label: { fi: 'Osaaminen', en: 'Competence', sv: 'Kompetens' },
                  validate: matches(codePatterns.digcomp22, {
                    fi: 'Osaaminen: kirjoita koodi, esimerkiksi 2.1',
                    en: 'Competence: a code such as 2.1',
                    sv: 'Kompetens: en kod som 2.1',
                  }),
                  admin: {
                    description: {
                      fi: 'Osaamisen koodi, esimerkiksi 5.1.',
                      en: 'The competence’s code, for example 5.1.',
                      sv: 'Kompetensens kod, till exempel 5.1.',
                    },
                  },
                },
                {
                  name: 'escoUri',
                  type: 'text',
                  label: { fi: 'ESCO-käsitteen osoite', en: 'ESCO concept URI', sv: 'ESCO-begreppets URI' },
                  validate: matches(/^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/, {
                    fi: 'ESCO-käsitteen osoite: kirjoita osoite muodossa http://data.europa.eu/esco/skill/…',
                    en: 'ESCO URI: an address such as http://data.europa.eu/esco/skill/…',
                    sv: 'ESCO-URI: en adress som http://data.europa.eu/esco/skill/…',
                  }),
                  admin: {
                    description: {
                      fi: 'Vapaaehtoinen. ESCO-taidon osoite muodossa http://data.europa.eu/esco/skill/… Merkin sivu linkittää siihen.',
                      en: 'Optional. The ESCO skill’s address, as http://data.europa.eu/esco/skill/… The badge’s page links to it.',
                      sv: 'Valfritt. ESCO-färdighetens adress, som http://data.europa.eu/esco/skill/… Märkets sida länkar till den.',
                    },
                  },
                },
              ],
            },
            {
              ...codeListField(
                'digcomp30',
                { fi: 'DigComp 3.0 -osaamiset', en: 'DigComp 3.0 competences', sv: 'DigComp 3.0-kompetenser' },
                codePatterns.digcomp30,
                {
                  fi: 'DigComp 3.0: kirjoita tunniste muodossa digcomp.competence.1.1',
                  en: 'DigComp 3.0: use an identifier such as digcomp.competence.1.1',
                  sv: 'DigComp 3.0: ange en identifierare som digcomp.competence.1.1',
                },
              ),
              // In the tab beside DigComp 2.2 rather than in the sidebar: both say what the badge covers.
              admin: {
                description: {
                  fi: 'Kirjoita tunniste, esimerkiksi digcomp.competence.5.1, ja paina Enter. Näkyvät merkin sivulla ja Open Badges -tiedoissa.',
                  en: 'Type an identifier, for example digcomp.competence.5.1, and press Enter. Shown on the badge’s page and in the Open Badges data.',
                  sv: 'Skriv en identifierare, till exempel digcomp.competence.5.1, och tryck på Enter. Visas på märkets sida och i Open Badges-data.',
                },
              },
            },
          ],
        },
        {
          label: { fi: 'Kuva ja myöntäjä', en: 'Image and issuer', sv: 'Bild och utfärdare' },
          fields: [
            {
              name: 'image',
              type: 'upload',
              relationTo: 'media',
              label: { fi: 'Merkin kuva', en: 'Badge image', sv: 'Märkesbild' },
              admin: {
                description: {
                  fi: 'Vapaaehtoinen, mieluiten neliön muotoinen. Näkyy merkin sivulla ja Open Badges -tiedoissa. Ilman kuvaa sivusto tekee pyöreän kuvan, jossa merkin nimi on tason värisellä pohjalla.',
                  en: 'Optional, preferably square. Shown on the badge’s page and in the Open Badges data. Without one, the site draws a round image with the badge’s name on a background in its level’s colour.',
                  sv: 'Valfri, helst kvadratisk. Visas på märkets sida och i Open Badges-data. Utan bild ritar webbplatsen en rund bild med märkets namn mot en bakgrund i nivåns färg.',
                },
              },
            },
            {
              name: 'issuer',
              type: 'group',
              label: { fi: 'Oma myöntäjä', en: 'Own issuer', sv: 'Egen utfärdare' },
              admin: {
                description: {
                  fi: 'Vapaaehtoinen. Jätä tyhjäksi, niin merkin myöntää Sivuston asetuksissa nimetty myöntäjä. Täytä vain, jos tämän merkin myöntää jokin muu organisaatio: silloin sen tiedot näkyvät merkin sivulla ja Open Badges -tiedoissa.',
                  en: 'Optional. Leave it empty and the badge is awarded by the issuer named in the Site settings. Fill it in only when another organisation awards this badge: its details are then shown on the badge’s page and in the Open Badges data.',
                  sv: 'Valfritt. Lämna tomt så delas märket ut av utfärdaren i Webbplatsens inställningar. Fyll i bara om en annan organisation delar ut det här märket: då visas dess uppgifter på märkets sida och i Open Badges-data.',
                },
              },
              fields: [
                {
                  name: 'name',
                  type: 'text',
                  label: { fi: 'Organisaatio', en: 'Organisation', sv: 'Organisation' },
                  admin: {
                    description: {
                      fi: 'Myöntäjän nimi. Merkin oma myöntäjä on käytössä vain, kun tämä kenttä on täytetty.',
                      en: 'The issuer’s name. The badge’s own issuer applies only when this field is filled in.',
                      sv: 'Utfärdarens namn. Märkets egen utfärdare gäller bara när det här fältet är ifyllt.',
                    },
                  },
                },
                httpsUrlField(
                  'url',
                  { fi: 'Verkko-osoite', en: 'Web address', sv: 'Webbadress' },
                  {
                    description: {
                      fi: 'Vapaaehtoinen. Myöntäjän verkkosivun osoite, joka alkaa https://. Merkin sivulla myöntäjän nimi on linkki siihen.',
                      en: 'Optional. The issuer’s website, starting with https://. On the badge’s page the issuer’s name links to it.',
                      sv: 'Valfritt. Utfärdarens webbplats, som börjar med https://. På märkets sida länkar utfärdarens namn dit.',
                    },
                  },
                ),
                {
                  name: 'email',
                  type: 'email',
                  label: {
                    fi: 'Yhteyssähköposti (organisaation osoite)',
                    en: 'Contact e-mail (an organisation address)',
                    sv: 'Kontaktadress (organisationens e-post)',
                  },
                  admin: {
                    description: {
                      fi: 'Open Badges 2.0 edellyttää myöntäjän sähköpostiosoitetta. Ilman sitä tämän merkin tiedoista julkaistaan vain Open Badges 3.0 -versio.',
                      en: 'Open Badges 2.0 requires an issuer e-mail. Without one, only the Open Badges 3.0 data of this badge is published.',
                      sv: 'Open Badges 2.0 kräver utfärdarens e-post. Utan den publiceras bara Open Badges 3.0-data för det här märket.',
                    },
                  },
                },
              ],
            },
          ],
        },
      ],
    },
  ],
})
