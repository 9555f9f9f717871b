import type { Condition, Validate } from 'payload'

import { adminGroups } from '../admin/groups'
import {
  bodyField,
  codeListField,
  contactAddress,
  httpsUrlField,
  localizedText,
  localizedTextarea,
  message,
  options,
} from '../fields/common'
import { READY_FOR_REVIEW } from '../hooks/review'
import { assessmentMethods, codePatterns, complianceStatuses, nonAccessibleReasons } from '@toolkit/contract/vocabulary'
import { publicContent } from './publicContent'

/** The statement's fields appear only on the accessibility page. */
const channelAddress = contactAddress({
  fi: 'Palautekanava: kirjoita sähköpostiosoite, osoite, joka alkaa https://, tai sivuston oma palautesivu /fi/palaute/',
  en: 'Feedback channel: an e-mail address, an https:// address or the site’s own feedback page /fi/palaute/',
  sv: 'Responskanal: en e-postadress, en https://-adress eller webbplatsens egen responssida /fi/palaute/',
})

/**
 * The law requires an accessibility statement to give a feedback channel: the statement cannot be
 * published without one (a draft may still lack it). Only the accessibility page has a statement,
 * so the other pages' empty group is no problem.
 */
const statementChannel: Validate = (value, options) => {
  const slug = (options.data as { slug?: unknown } | undefined)?.slug
  if (slug === 'accessibility' && (value === null || value === undefined || String(value).trim() === ''))
    return message(options.req, {
      fi: 'Palautekanava puuttuu: laki edellyttää, että saavutettavuusseloste kertoo, miten palautetta annetaan. Kirjoita sähköpostiosoite, https://-osoite tai /fi/palaute/.',
      en: 'The feedback channel is missing: the law requires the accessibility statement to say how to give feedback. Give an e-mail address, an https:// address or /fi/palaute/.',
      sv: 'Responskanalen saknas: lagen kräver att tillgänglighetsutlåtandet berättar hur man ger respons. Ange en e-postadress, en https://-adress eller /fi/palaute/.',
    })
  return channelAddress(value, options)
}

const isAccessibilityPage: Condition = (data) => (data as { slug?: unknown })?.slug === 'accessibility'

/** What an editor reads on a field the site does not show (yet): it is kept, but no reader sees it. */
const notShownOnSite = {
  fi: 'Tallentuu selosteen tietoihin, mutta sivusto ei tällä hetkellä näytä sitä.',
  en: 'Kept with the statement, but the site does not show it at present.',
  sv: 'Sparas med utlåtandet, men webbplatsen visar det inte för närvarande.',
}

/** Standing pages: about, privacy, and the accessibility statement with the fields Act 306/2019 requires. */
export const Pages = publicContent({
  slug: 'pages',
  searchFields: ['title', 'slug'],
  labels: {
    singular: { fi: 'Sivu', en: 'Page', sv: 'Sida' },
    plural: { fi: 'Sivut', en: 'Pages', sv: 'Sidor' },
  },
  group: adminGroups.site,
  description: {
    fi: 'Sivuston pysyvät sivut, joihin alatunniste linkittää: Tietoa (osoitetunniste about), Saavutettavuusseloste (accessibility), Tietosuoja (privacy) ja Palaute (feedback), jonka perään sivusto lisää palautelomakkeen. Sivusto näyttää vain nämä neljä sivua.',
    en: 'The site’s standing pages, linked from the footer: About (slug about), Accessibility statement (accessibility), Privacy (privacy) and Feedback (feedback), after which the site adds its feedback form. The site shows these four pages only.',
    sv: 'Webbplatsens permanenta sidor, som sidfoten länkar till: Om (adressnamn about), Tillgänglighetsutlåtande (accessibility), Dataskydd (privacy) och Respons (feedback), där webbplatsen lägger till sitt responsformulär. Webbplatsen visar bara dessa fyra sidor.',
  },
  defaultColumns: ['title', 'slug', '_status', READY_FOR_REVIEW, 'updatedAt'],
  fields: [
    localizedText(
      'title',
      { fi: 'Otsikko', en: 'Title', sv: 'Titel' },
      {
        required: true,
        description: {
          fi: 'Sivun pääotsikko, esimerkiksi ”Saavutettavuusseloste”.',
          en: 'The page’s main heading, for example “Accessibility statement”.',
          sv: 'Sidans huvudrubrik, till exempel ”Tillgänglighetsutlåtande”.',
        },
      },
    ),
    {
      type: 'tabs',
      tabs: [
        {
          label: { fi: 'Sisältö', en: 'Content', sv: 'Innehåll' },
          fields: [
            localizedTextarea(
              'summary',
              { fi: 'Tiivistelmä', en: 'Summary', sv: 'Sammanfattning' },
              {
                maxLength: 600,
                description: {
                  fi: 'Yksi tai kaksi virkettä sivun alussa. Sivusto antaa sen myös hakukoneille sivun kuvauksena. Enintään 600 merkkiä.',
                  en: 'One or two sentences at the top of the page. The site also gives it to search engines as the page’s description. At most 600 characters.',
                  sv: 'En eller två meningar överst på sidan. Webbplatsen ger den också till sökmotorer som sidans beskrivning. Högst 600 tecken.',
                },
              },
            ),
            bodyField(),
          ],
        },
        {
          label: { fi: 'Saavutettavuusseloste', en: 'Accessibility statement', sv: 'Tillgänglighetsutlåtande' },
          admin: { condition: isAccessibilityPage },
          fields: [
            {
              name: 'statement',
              type: 'group',
              label: { fi: 'Selosteen tiedot', en: 'Statement details', sv: 'Utlåtandets uppgifter' },
              admin: {
                condition: isAccessibilityPage,
                description: {
                  fi: 'Selosteen jäsennelty osa, jota laki 306/2019 ja päätös (EU) 2018/1523 edellyttävät. Sivusto näyttää sen kohdassa ”Selosteen tiedot lyhyesti”. Tarkista seloste vähintään kerran vuodessa.',
                  en: 'The structured part that Act 306/2019 and Decision (EU) 2018/1523 require, shown on the site under “The statement in brief”. Review it at least once a year.',
                  sv: 'Den strukturerade delen som lag 306/2019 och beslut (EU) 2018/1523 kräver. Webbplatsen visar den under ”Utlåtandet i korthet”. Granska den minst en gång om året.',
                },
              },
              fields: [
                localizedText(
                  'serviceName',
                  { fi: 'Palvelu, jota seloste koskee', en: 'Service covered', sv: 'Tjänst som omfattas' },
                  {
                    description: {
                      fi: 'Esimerkiksi ”Digiosallisuuden työkalupakki -verkkosivusto”.',
                      en: 'For example “Digital Inclusion Toolkit website”.',
                      sv: 'Till exempel ”Webbplatsen Verktygslådan för digital delaktighet”.',
                    },
                  },
                ),
                {
                  name: 'complianceStatus',
                  type: 'select',
                  label: { fi: 'Vaatimustenmukaisuus', en: 'Compliance status', sv: 'Överensstämmelse' },
                  options: options(complianceStatuses, {
                    full: {
                      fi: 'Täyttää saavutettavuusvaatimukset',
                      en: 'Fully compliant',
                      sv: 'Helt förenlig',
                    },
                    partial: {
                      fi: 'Täyttää saavutettavuusvaatimukset osittain',
                      en: 'Partially compliant',
                      sv: 'Delvis förenlig',
                    },
                    none: {
                      fi: 'Ei täytä saavutettavuusvaatimuksia',
                      en: 'Not compliant',
                      sv: 'Inte förenlig',
                    },
                  }),
                  admin: {
                    description: {
                      fi: 'Miten hyvin sivusto täyttää vaatimukset. Ilman tätä valintaa sivusto ei näytä selosteen tietoja lainkaan. Jos vaatimukset täyttyvät vain osittain tai eivät lainkaan, kuvaa puutteet alla.',
                      en: 'How far the site meets the requirements. Without it, the site shows none of the statement’s details. If it complies partly or not at all, describe what is missing below.',
                      sv: 'Hur väl webbplatsen uppfyller kraven. Utan det här valet visar webbplatsen inga av utlåtandets uppgifter. Om kraven uppfylls bara delvis eller inte alls, beskriv bristerna nedan.',
                    },
                  },
                },
                {
                  name: 'nonAccessibleContent',
                  type: 'array',
                  localized: true,
                  label: {
                    fi: 'Sisältö, joka ei ole saavutettavaa',
                    en: 'Non-accessible content',
                    sv: 'Innehåll som inte är tillgängligt',
                  },
                  labels: {
                    singular: { fi: 'Puute', en: 'Shortcoming', sv: 'Brist' },
                    plural: { fi: 'Puutteet', en: 'Shortcomings', sv: 'Brister' },
                  },
                  admin: {
                    description: {
                      fi: 'Sisältö, joka ei ole saavutettavaa, yksi puute riviä kohden, ja syy siihen. Sivusto luettelee ne otsikon ”Sisältö, joka ei ole saavutettavaa” alla.',
                      en: 'Content that is not accessible, one shortcoming per row, and why. The site lists them under “Content that is not accessible”.',
                      sv: 'Innehåll som inte är tillgängligt, en brist per rad, och varför. Webbplatsen listar dem under ”Innehåll som inte är tillgängligt”.',
                    },
                  },
                  fields: [
                    {
                      name: 'description',
                      type: 'textarea',
                      required: true,
                      label: { fi: 'Mikä ja missä', en: 'What and where', sv: 'Vad och var' },
                      admin: {
                        description: {
                          fi: 'Esimerkiksi ”Ulkoiset verkkopalvelut ja julkaisut, joihin sivustolta linkitetään.”',
                          en: 'For example “External services and publications the site links to.”',
                          sv: 'Till exempel ”Externa tjänster och publikationer som webbplatsen länkar till.”',
                        },
                      },
                    },
                    codeListField(
                      'wcagCriteria',
                      { fi: 'WCAG-kriteerit', en: 'WCAG criteria', sv: 'WCAG-kriterier' },
                      codePatterns.wcag,
                      {
                        fi: 'WCAG-kriteerit: kirjoita onnistumiskriteerin numero, esimerkiksi 1.4.3',
                        en: 'WCAG: a success criterion such as 1.4.3',
                        sv: 'WCAG: ett framgångskriterium som 1.4.3',
                      },
                      {
                        fi: 'WCAG-onnistumiskriteerit, joita puute koskee, esimerkiksi 1.4.3. Paina Enter jokaisen jälkeen.',
                        en: 'The WCAG success criteria the shortcoming concerns, for example 1.4.3. Press Enter after each.',
                        sv: 'De WCAG-framgångskriterier som bristen gäller, till exempel 1.4.3. Tryck på Enter efter varje.',
                      },
                    ),
                    {
                      name: 'reason',
                      type: 'select',
                      required: true,
                      label: { fi: 'Syy', en: 'Reason', sv: 'Orsak' },
                      options: options(nonAccessibleReasons, {
                        'non-compliance': {
                          fi: 'Ei täytä vaatimuksia',
                          en: 'Non-compliance',
                          sv: 'Bristande förenlighet',
                        },
                        'disproportionate-burden': {
                          fi: 'Kohtuuton rasite',
                          en: 'Disproportionate burden',
                          sv: 'Oskälig börda',
                        },
                        'outside-scope': {
                          fi: 'Ei kuulu lain soveltamisalaan',
                          en: 'Outside the scope of the law',
                          sv: 'Utanför lagens tillämpningsområde',
                        },
                      }),
                      admin: {
                        description: {
                          fi: 'Miksi sisältö ei ole saavutettavaa. Näkyy sivustolla puutteen perässä sulkeissa.',
                          en: 'Why the content is not accessible. Shown on the site in brackets after the shortcoming.',
                          sv: 'Varför innehållet inte är tillgängligt. Visas på webbplatsen inom parentes efter bristen.',
                        },
                      },
                    },
                    {
                      name: 'accessibleAlternative',
                      type: 'textarea',
                      label: {
                        fi: 'Saavutettava vaihtoehto',
                        en: 'Accessible alternative',
                        sv: 'Tillgängligt alternativ',
                      },
                      admin: {
                        description: {
                          fi: 'Miten lukija saa saman tiedon saavutettavassa muodossa, jos se on mahdollista.',
                          en: 'How a reader can get the same information in an accessible form, where possible.',
                          sv: 'Hur läsaren kan få samma information i tillgänglig form, om det är möjligt.',
                        },
                      },
                    },
                  ],
                },
                {
                  name: 'preparedOn',
                  type: 'date',
                  label: { fi: 'Seloste laadittu', en: 'Prepared on', sv: 'Utarbetat den' },
                  admin: {
                    date: { pickerAppearance: 'dayOnly' },
                    description: {
                      fi: 'Päivä, jona seloste laadittiin.',
                      en: 'The day the statement was prepared.',
                      sv: 'Dagen då utlåtandet utarbetades.',
                    },
                  },
                },
                {
                  name: 'lastReviewedOn',
                  type: 'date',
                  label: { fi: 'Viimeksi tarkistettu', en: 'Last reviewed on', sv: 'Senast granskat den' },
                  admin: {
                    date: { pickerAppearance: 'dayOnly' },
                    description: {
                      fi: 'Päivä, jona seloste viimeksi tarkistettiin. Päivitä se aina, kun tarkistat selosteen.',
                      en: 'The day the statement was last reviewed. Update it whenever you review the statement.',
                      sv: 'Dagen då utlåtandet senast granskades. Uppdatera den varje gång du granskar utlåtandet.',
                    },
                  },
                },
                {
                  name: 'assessmentMethod',
                  type: 'select',
                  label: { fi: 'Arviointitapa', en: 'How it was assessed', sv: 'Bedömningsmetod' },
                  options: options(assessmentMethods, {
                    'self-assessment': { fi: 'Itsearvio', en: 'Self-assessment', sv: 'Självbedömning' },
                    'third-party': {
                      fi: 'Ulkopuolisen arvioijan arvio',
                      en: 'Third-party assessment',
                      sv: 'Bedömning av utomstående',
                    },
                  }),
                  admin: {
                    description: {
                      fi: 'Arvioitiinko saavutettavuus itse vai arvioiko sen ulkopuolinen arvioija.',
                      en: 'Whether accessibility was assessed in-house or by a third party.',
                      sv: 'Om tillgängligheten bedömdes internt eller av en utomstående bedömare.',
                    },
                  },
                },
                {
                  name: 'feedback',
                  type: 'group',
                  label: { fi: 'Palaute', en: 'Feedback', sv: 'Respons' },
                  admin: {
                    description: {
                      fi: 'Miten lukija voi antaa palautetta saavutettavuudesta ja kuka siihen vastaa.',
                      en: 'How a reader can give feedback on accessibility, and who answers it.',
                      sv: 'Hur läsaren kan ge respons om tillgängligheten och vem som svarar.',
                    },
                  },
                  fields: [
                    {
                      name: 'channel',
                      type: 'text',
                      label: {
                        fi: 'Palautekanava (pakollinen)',
                        en: 'Feedback channel (required)',
                        sv: 'Responskanal (obligatorisk)',
                      },
                      validate: statementChannel,
                      admin: {
                        description: {
                          fi: 'Pakollinen: laki edellyttää palautekanavaa. Sähköpostiosoite, palautelomakkeen osoite (https://) tai /fi/palaute/, jolloin lukija ohjataan sivuston omaan palautelomakkeeseen hänen kielellään. Sivusto näyttää sen linkkinä.',
                          en: 'Required: the law requires a feedback channel. An e-mail address, the address of a feedback form (https://), or /fi/palaute/ to send readers to the site’s own feedback form in their language. The site shows it as a link.',
                          sv: 'Obligatoriskt: lagen kräver en responskanal. En e-postadress, adressen till ett responsformulär (https://) eller /fi/palaute/, så att läsaren leds till webbplatsens eget responsformulär på sitt språk. Webbplatsen visar den som en länk.',
                        },
                      },
                    },
                    localizedText(
                      'responsible',
                      { fi: 'Palautteen käsittelee', en: 'Who handles it', sv: 'Vem som hanterar den' },
                      {
                        description: {
                          fi: 'Organisaatio tai tiimi, joka vastaa palautteeseen.',
                          en: 'The organisation or team that answers the feedback.',
                          sv: 'Organisationen eller teamet som svarar på responsen.',
                        },
                      },
                    ),
                    {
                      name: 'responseTimeDays',
                      type: 'number',
                      min: 1,
                      max: 60,
                      label: { fi: 'Vastausaika (päivää)', en: 'Response time (days)', sv: 'Svarstid (dagar)' },
                      admin: {
                        description: {
                          fi: 'Monenko päivän kuluessa palautteeseen vastataan, 1–60.',
                          en: 'Within how many days feedback is answered, 1–60.',
                          sv: 'Inom hur många dagar responsen besvaras, 1–60.',
                        },
                      },
                    },
                  ],
                },
                {
                  name: 'enforcement',
                  type: 'group',
                  label: { fi: 'Valvontaviranomainen', en: 'Enforcement authority', sv: 'Tillsynsmyndighet' },
                  admin: {
                    description: {
                      fi: 'Viranomainen, jolle lukija voi tehdä ilmoituksen, jos hän ei saa vastausta palautteeseensa. Sivusto näyttää nimen linkkinä viranomaisen verkkosivulle.',
                      en: 'The authority a reader can turn to if their feedback gets no answer. The site shows its name as a link to its website.',
                      sv: 'Myndigheten som läsaren kan vända sig till om responsen inte besvaras. Webbplatsen visar namnet som en länk till myndighetens webbplats.',
                    },
                  },
                  fields: [
                    localizedText(
                      'authority',
                      { fi: 'Viranomainen', en: 'Authority', sv: 'Myndighet' },
                      {
                        description: {
                          fi: 'Viranomaisen nimi, esimerkiksi ”Lupa- ja valvontavirasto”.',
                          en: 'The authority’s name, for example “Lupa- ja valvontavirasto (the Finnish licensing and supervisory authority)”.',
                          sv: 'Myndighetens namn, till exempel ”Lupa- ja valvontavirasto (den finska tillstånds- och tillsynsmyndigheten)”.',
                        },
                      },
                    ),
                    httpsUrlField(
                      'url',
                      { fi: 'Verkkosivu', en: 'Web address', sv: 'Webbadress' },
                      {
                        description: {
                          fi: 'Viranomaisen saavutettavuussivun osoite, esimerkiksi https://www.saavutettavuusvaatimukset.fi.',
                          en: 'The address of the authority’s accessibility site, for example https://www.saavutettavuusvaatimukset.fi.',
                          sv: 'Adressen till myndighetens webbplats om tillgänglighet, till exempel https://www.saavutettavuusvaatimukset.fi.',
                        },
                      },
                    ),
                    {
                      name: 'email',
                      type: 'email',
                      label: { fi: 'Sähköposti', en: 'E-mail', sv: 'E-post' },
                      admin: { description: notShownOnSite },
                    },
                    {
                      name: 'phone',
                      type: 'text',
                      label: { fi: 'Puhelin', en: 'Phone', sv: 'Telefon' },
                      admin: { description: notShownOnSite },
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
})
