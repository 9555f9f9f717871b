import { adminGroups } from '../admin/groups'
import { contactAddress, httpsUrlField, localizedText } from '../fields/common'
import { publishedGlobal } from './publishedGlobal'

/**
 * Everything that names the publisher: an organisation that adopts the toolkit changes these and
 * nothing else (no template, no environment variable) to publish the site under its own name. The
 * site and its Open Badges documents read them from the snapshot.
 */
export const SiteSettings = publishedGlobal({
  slug: 'site-settings',
  label: { fi: 'Sivuston asetukset', en: 'Site settings', sv: 'Webbplatsens inställningar' },
  admin: {
    group: adminGroups.site,
    description: {
      fi: 'Sivuston julkaisijan tiedot: nimet, logo, yhteystiedot, osaamismerkkien myöntäjä ja sivuston osoite. Kun julkaiset muutokset, koko sivusto kootaan uudelleen.',
      en: 'The publisher’s details: names, logo, contact details, the badge issuer and the site’s address. Publishing a change rebuilds the whole site.',
      sv: 'Uppgifter om utgivaren: namn, logotyp, kontaktuppgifter, utfärdaren av kompetensmärken och webbplatsens adress. När du publicerar ändringar byggs hela webbplatsen på nytt.',
    },
  },
  fields: [
    localizedText(
      'siteName',
      { fi: 'Sivuston nimi', en: 'Site name', sv: 'Webbplatsens namn' },
      {
        required: true,
        maxLength: 80,
        description: {
          fi: 'Näkyy sivuston ylätunnisteessa, etusivun otsikkona, selaimen välilehdellä, jakokuvassa ja syötteissä. Enintään 80 merkkiä.',
          en: 'Shown in the site’s header, as the home page’s heading, in the browser tab, on the share image and in the feeds. At most 80 characters.',
          sv: 'Visas i webbplatsens sidhuvud, som startsidans rubrik, på webbläsarfliken, i delningsbilden och i flödena. Högst 80 tecken.',
        },
      },
    ),
    localizedText(
      'organisationName',
      { fi: 'Julkaiseva organisaatio', en: 'Publishing organisation', sv: 'Utgivande organisation' },
      {
        required: true,
        description: {
          fi: 'Sivuston julkaisevan organisaation nimi kullakin kielellä, esimerkiksi ”Esimerkkiyhdistys ry”. Näkyy alatunnisteen yhteystiedoissa ja saavutettavuusselosteessa, jos seloste ei nimeä palautteen käsittelijää.',
          en: 'The name of the organisation that publishes the site, in each language, for example “Esimerkkiyhdistys ry”. Shown with the contact details in the footer, and in the accessibility statement when it does not name who handles feedback.',
          sv: 'Namnet på organisationen som ger ut webbplatsen, på varje språk, till exempel ”Esimerkkiyhdistys ry”. Visas med kontaktuppgifterna i sidfoten och i tillgänglighetsutlåtandet när det inte anger vem som behandlar responsen.',
        },
      },
    ),
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      label: { fi: 'Logo', en: 'Logo', sv: 'Logotyp' },
      admin: {
        description: {
          fi: 'Vapaaehtoinen. Näkyy ylätunnisteessa sivuston nimen edessä, korkeintaan 48 pikselin korkuisena. Kuvan vaihtoehtoinen teksti kirjoitetaan mediatiedostoon; koska sivuston nimi on logon vieressä, ruudunlukija ei lue sitä toiseen kertaan.',
          en: 'Optional. Shown in the header before the site name, at most 48 pixels high. Its alternative text is written on the media file; because the site name stands beside the logo, a screen reader does not read it a second time.',
          sv: 'Valfri. Visas i sidhuvudet framför webbplatsens namn, högst 48 pixlar hög. Bildens alternativtext skrivs i mediefilen; eftersom webbplatsens namn står bredvid logotypen läser skärmläsaren den inte en gång till.',
        },
      },
    },
    {
      name: 'contactEmail',
      type: 'email',
      label: { fi: 'Yhteyssähköposti', en: 'Contact e-mail', sv: 'Kontaktadress (e-post)' },
      admin: {
        description: {
          fi: 'Vapaaehtoinen. Organisaation yleinen sähköpostiosoite, esimerkiksi info@esimerkkiyhdistys.fi. Näkyy sivuston alatunnisteessa.',
          en: 'Optional. The organisation’s general e-mail address, for example info@example.org. Shown in the site’s footer.',
          sv: 'Valfri. Organisationens allmänna e-postadress, till exempel info@example.org. Visas i webbplatsens sidfot.',
        },
      },
    },
    {
      name: 'feedbackAddress',
      type: 'text',
      label: { fi: 'Palauteosoite', en: 'Feedback address', sv: 'Adress för respons' },
      validate: contactAddress({
        fi: 'Palauteosoite: kirjoita sähköpostiosoite, osoite, joka alkaa https://, tai sivuston oma palautesivu /fi/palaute/',
        en: 'Feedback address: an e-mail address, an https:// address or the site’s own feedback page /fi/palaute/',
        sv: 'Adress för respons: en e-postadress, en https://-adress eller webbplatsens egen responssida /fi/palaute/',
      }),
      admin: {
        description: {
          fi: 'Vapaaehtoinen. Sähköpostiosoite tai palautelomakkeen osoite (https://). Näkyy alatunnisteessa Anna palautetta -linkkinä. Jos tämä on tyhjä, linkki vie sivuston omaan palautelomakkeeseen (sivu, jonka osoitetunniste on feedback), kun se on julkaistu.',
          en: 'Optional. An e-mail address or the address of a feedback form (https://). Shown in the footer as a Give feedback link. When this is empty, the link leads to the site’s own feedback form (the page with the slug feedback), once that is published.',
          sv: 'Valfri. En e-postadress eller adressen till ett responsformulär (https://). Visas i sidfoten som länken Ge respons. När detta är tomt leder länken till webbplatsens eget responsformulär (sidan med adressnamnet feedback), när den är publicerad.',
        },
      },
    },
    {
      name: 'issuer',
      type: 'group',
      label: { fi: 'Osaamismerkkien myöntäjä', en: 'Badge issuer', sv: 'Utfärdare av kompetensmärken' },
      admin: {
        description: {
          fi: 'Organisaatio, joka myöntää sivuston osaamismerkit. Näkyy merkkien sivuilla ja Open Badges -tiedoissa. Merkki voi nimetä oman myöntäjänsä, jolloin sen tiedot ovat voimassa.',
          en: 'The organisation that awards the site’s badges. Shown on the badges’ pages and in the Open Badges data. A badge may name its own issuer, which then applies to it.',
          sv: 'Organisationen som delar ut webbplatsens kompetensmärken. Visas på märkenas sidor och i Open Badges-data. Ett märke kan ange en egen utfärdare, som då gäller för det.',
        },
      },
      fields: [
        {
          name: 'name',
          type: 'text',
          label: { fi: 'Organisaatio', en: 'Organisation', sv: 'Organisation' },
          admin: {
            description: {
              fi: 'Myöntäjän nimi. Jos jätät kentän tyhjäksi, käytetään julkaisevan organisaation suomenkielistä nimeä.',
              en: 'The issuer’s name. Left empty, the publishing organisation’s Finnish name is used.',
              sv: 'Utfärdarens namn. Lämnas tomt används den utgivande organisationens finska namn.',
            },
          },
        },
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
              fi: 'Open Badges 2.0 edellyttää myöntäjän sähköpostiosoitetta. Jos jätät kentän tyhjäksi, käytetään sivuston koonnin asetusta ISSUER_EMAIL, ja ilman sitäkin julkaistaan vain Open Badges 3.0 -tiedot.',
              en: 'Open Badges 2.0 requires an issuer e-mail. Left empty, the site build’s ISSUER_EMAIL setting is used; without that either, only the Open Badges 3.0 data is published.',
              sv: 'Open Badges 2.0 kräver utfärdarens e-post. Lämnas tomt används byggets inställning ISSUER_EMAIL; utan den publiceras bara Open Badges 3.0-data.',
            },
          },
        },
        httpsUrlField(
          'url',
          { fi: 'Verkko-osoite', en: 'Web address', sv: 'Webbadress' },
          {
            description: {
              fi: 'Vapaaehtoinen. Myöntäjän verkkosivun osoite, joka alkaa https://. Jos jätät kentän tyhjäksi, käytetään sivuston osoitetta.',
              en: 'Optional. The issuer’s website, starting with https://. Left empty, the site’s address is used.',
              sv: 'Valfritt. Utfärdarens webbplats, som börjar med https://. Lämnas tomt används webbplatsens adress.',
            },
          },
        ),
      ],
    },
    httpsUrlField(
      'siteUrl',
      { fi: 'Sivuston osoite', en: 'Site address', sv: 'Webbplatsens adress' },
      {
        description: {
          fi: 'Julkisen sivuston osoite, joka alkaa https://, esimerkiksi https://digituki.esimerkkiyhdistys.fi. Sivusto käyttää sitä linkeissä, joita jaetaan ja haetaan (kanoniset osoitteet, sivukartta, syötteet, Open Badges). Jos jätät kentän tyhjäksi, käytetään sivuston koonnin asetusta SITE_URL.',
          en: 'The public site’s address, starting with https://, for example https://toolkit.example.org. The site uses it in the links that are shared and indexed (canonical addresses, sitemap, feeds, Open Badges). Left empty, the site build’s SITE_URL setting is used.',
          sv: 'Den offentliga webbplatsens adress, som börjar med https://, till exempel https://toolkit.example.org. Webbplatsen använder den i länkar som delas och indexeras (kanoniska adresser, webbplatskarta, flöden, Open Badges). Lämnas tomt används byggets inställning SITE_URL.',
        },
      },
    ),
  ],
})
