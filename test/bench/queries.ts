// Realistic queries a practitioner types, written from the five documents, with the ids of the
// answers that satisfy them (any one of them in the top 5 counts). Kinds let the bench report
// where it fails. Written by reading the documents, not by looking at the engine's output.
export type QueryKind =
  'person' | 'place' | 'topic' | 'typo' | 'accentless' | 'organisation' | 'programme' | 'operator';

export interface BenchQuery {
  q: string;
  kind: QueryKind;
  expect: string[];
}

const NANTES = 'fu-nantes-metropole-dispositif-des-maraichers-nantais';
const ISACTYS = 'vita-maison-emploi-et-services-animee-par-un-groupe-d-economie';
const RESSOURCERIE = 'vita-creation-partenariale-d-une-ressourcerie-reemploi-de';
const BROTONNE = 'vita-creation-d-une-entreprise-d-insertion-de-statut-scic-dans';
const RHUYS = 'vita-projet-de-creation-d-une-entreprise-inserante-production-et';
const MECATRONIQUE = 'fu-argenteuil-bezons-l-agglomeration-pole-mecatronique';
const CLAUSE_INSERTION = [
  'vita-mise-en-oeuvre-de-la-clause-d-insertion-du-code-des-marches',
  'vita-construction-d-une-legitimite-d-intervention-dans-la-mise',
  'vita-intervention-des-entreprises-de-travail-temporaire-dans-la',
];
const CENTREMPLOI = [
  'vita-vers-la-creation-d-un-dispositif-partenarial-de-gestion-des',
  'vita-etude-de-besoins-en-services-aupres-de-salaries-et-d',
];

export const QUERIES: BenchQuery[] = [
  // People
  { q: 'Hubert Petitprez', kind: 'person', expect: [ISACTYS] },
  { q: 'Karine Gingreau', kind: 'person', expect: [NANTES] },
  { q: 'Michel Destot', kind: 'person', expect: ['fu-texte-michel-destot'] },
  { q: 'Martine Buron', kind: 'person', expect: ['cime-cessation', 'cime-cessation-2007-03'] },
  {
    q: 'Hélène Ménard',
    kind: 'person',
    expect: [
      'vita-journee-regionale-inter-reseaux-clauses-sociales-dans-les',
      'vita-parcours-d-insertion-et-de-qualification-dans-l-aide-a',
    ],
  },
  { q: 'Christian Estrosi', kind: 'person', expect: ['fu-metropole-nice-cote-d-azur-portail-pour-l-emploi'] },
  { q: 'Laurent Pinet', kind: 'person', expect: [RESSOURCERIE] },
  { q: 'Jean-Marie Bockel', kind: 'person', expect: ['fu-mulhouse-alsace-agglomeration-e-nov-campus'] },
  {
    q: 'Adeline Hazan Reims',
    kind: 'person',
    expect: ['fu-reims-attirer-les-entreprises-et-les-emplois-sur-le-bassin'],
  },
  { q: 'Pierre Ferracci', kind: 'person', expect: ['fu-texte-pierre-ferracci'] },
  // Places
  {
    q: 'Grenoble',
    kind: 'place',
    expect: ['fu-grenoble-alpes-metropole-hotels-d-activites-artis-artisanat', RESSOURCERIE],
  },
  {
    q: 'Toulouse',
    kind: 'place',
    expect: [
      'fu-toulouse-metropole-dispositif-d-accompagnement-renforce',
      'vita-journee-regionale-inter-reseaux-clauses-sociales-dans-les',
    ],
  },
  { q: 'Dijon', kind: 'place', expect: ['fu-grand-dijon-plate-forme-d-acces-dynamique-a-l-emploi'] },
  {
    q: 'Morez Jura',
    kind: 'place',
    expect: ['vita-la-bise-boutique-de-l-initiative-solidaire-et-de-l-emploi'],
  },
  { q: 'Caudebec-en-Caux', kind: 'place', expect: [BROTONNE] },
  {
    q: 'Arras Pas-de-Calais',
    kind: 'place',
    expect: ['vita-dispositif-d-insertion-par-l-emploi-relatif-a-la-suppleance'],
  },
  {
    q: 'Strasbourg',
    kind: 'place',
    expect: ['fu-communaute-urbaine-de-strasbourg-reve-rapprochement-entre'],
  },
  { q: 'Plaine Commune', kind: 'place', expect: ['fu-plaine-commune-93-charte-entreprise-territoire'] },
  { q: 'Le Mans', kind: 'place', expect: ['fu-le-mans-metropole-institut-automobile-du-mans-iam'] },
  // Topics
  { q: 'maraîchers nantais', kind: 'topic', expect: [NANTES] },
  { q: 'les maraîchers à Nantes', kind: 'topic', expect: [NANTES] },
  { q: "clause d'insertion", kind: 'topic', expect: CLAUSE_INSERTION },
  { q: 'ressourcerie', kind: 'topic', expect: [RESSOURCERIE] },
  {
    q: 'égalité femmes hommes',
    kind: 'topic',
    expect: [
      'vita-integrer-l-enjeu-de-l-egalite-femmes-hommes-dans-les',
      'vita-groupe-4-introduction',
      'vita-groupe-4-conclusion',
      'vita-egalite-des-chances-et-lien-social-sur-rennes',
    ],
  },
  {
    q: 'assistante de vie aux familles',
    kind: 'topic',
    expect: ['vita-parcours-de-professionnalisation-assistante-de-vie-aux'],
  },
  {
    q: 'pôle multi services mobilité',
    kind: 'topic',
    expect: ['vita-creation-d-un-pole-multi-services-d-aide-a-la-mobilite'],
  },
  {
    q: "hôtels d'activités artisanat",
    kind: 'topic',
    expect: ['fu-grenoble-alpes-metropole-hotels-d-activites-artis-artisanat'],
  },
  {
    q: 'centres de recherche public privé',
    kind: 'topic',
    expect: ['fu-tour-s-plus-ancrage-des-entreprises-installees-par-creation'],
  },
  { q: 'grands recrutements Lyon', kind: 'topic', expect: ['fu-lyon-coordination-de-grands-recrutements'] },
  { q: 'entreprise insérante produits agricoles bio', kind: 'topic', expect: [RHUYS] },
  {
    q: 'charte entreprise territoire',
    kind: 'topic',
    expect: ['fu-plaine-commune-93-charte-entreprise-territoire'],
  },
  {
    q: 'RSA Poitiers',
    kind: 'topic',
    expect: ['fu-grand-poitiers-le-plan-local-pour-l-insertion-et-l-emploi'],
  },
  {
    q: 'institut automobile',
    kind: 'topic',
    expect: ['fu-le-mans-metropole-institut-automobile-du-mans-iam'],
  },
  // Accent-less typing
  { q: 'maraichers nantais', kind: 'accentless', expect: [NANTES] },
  { q: 'mecatronique', kind: 'accentless', expect: [MECATRONIQUE] },
  {
    q: 'creation d entreprise bordeaux',
    kind: 'accentless',
    expect: ['fu-bordeaux-la-plateforme-de-l-initiative-et-de-la-creation-d'],
  },
  {
    q: 'egalite des chances rennes',
    kind: 'accentless',
    expect: ['vita-egalite-des-chances-et-lien-social-sur-rennes'],
  },
  { q: 'crearif', kind: 'accentless', expect: ['cime-programme-crearif'] },
  {
    q: 'eveilleco',
    kind: 'accentless',
    expect: ['cime-jalon-2007-creation-d-eveilleco', 'cime-programme-balise'],
  },
  { q: 'orleans', kind: 'accentless', expect: ['fu-orleans-orle-emploi'] },
  // One wrong letter
  { q: 'maraichers nantias', kind: 'typo', expect: [NANTES] },
  { q: 'mecatroniqe', kind: 'typo', expect: [MECATRONIQUE] },
  { q: 'ressourcerie grenoblr', kind: 'typo', expect: [RESSOURCERIE] },
  { q: 'Petitpres', kind: 'typo', expect: [ISACTYS] },
  {
    q: 'Anjou Domicle',
    kind: 'typo',
    expect: ['vita-association-anjou-domicile-plate-forme-des-services-a-la'],
  },
  { q: 'Strasbourh', kind: 'typo', expect: ['fu-communaute-urbaine-de-strasbourg-reve-rapprochement-entre'] },
  { q: 'Brotone', kind: 'typo', expect: [BROTONNE] },
  // Organisations and programmes
  { q: 'Balise', kind: 'programme', expect: ['cime-programme-balise', 'cime-jalon-1997-creation-de-balise'] },
  { q: 'ARDAN', kind: 'programme', expect: ['cime-programme-centre-national-de-l-entrepreneuriat'] },
  {
    q: "Services d'amorçage de projets",
    kind: 'programme',
    expect: ['cime-programme-services-d-amorcage-de-projets-dans-les-quartiers'],
  },
  { q: "Empl'itude", kind: 'programme', expect: ['fu-marseille-label-empl-itude'] },
  { q: 'E-nov Campus', kind: 'programme', expect: ['fu-mulhouse-alsace-agglomeration-e-nov-campus'] },
  { q: 'SélanC', kind: 'programme', expect: ['fu-angers-loire-metropole-dispositif-selanc'] },
  { q: 'Groupe ISACTYS', kind: 'organisation', expect: [ISACTYS] },
  { q: 'Espace Centremploi', kind: 'organisation', expect: CENTREMPLOI },
  {
    q: 'Invest in Reims',
    kind: 'organisation',
    expect: ['fu-reims-attirer-les-entreprises-et-les-emplois-sur-le-bassin'],
  },
  {
    q: 'Agate Paysages',
    kind: 'organisation',
    expect: ['vita-groupement-economique-solidaire-avec-creation-d-une'],
  },
  { q: 'Rhuys Emplois', kind: 'organisation', expect: [RHUYS] },
  {
    q: 'Maison des Squares',
    kind: 'organisation',
    expect: ['vita-egalite-des-chances-et-lien-social-sur-rennes'],
  },
  {
    q: 'Ulisse Grenoble',
    kind: 'organisation',
    expect: [RESSOURCERIE, 'vita-construction-d-une-legitimite-d-intervention-dans-la-mise'],
  },
  // Operators
  {
    q: '"clauses sociales" -Toulouse',
    kind: 'operator',
    expect: [
      'vita-journee-d-information-sur-les-clauses-sociales-dans-les',
      'vita-rencontre-departementale-pour-la-mobilisation-des-clauses',
      'vita-vers-la-creation-d-un-dispositif-partenarial-de-gestion-des',
    ],
  },
  {
    q: '"accompagnement renforcé"',
    kind: 'operator',
    expect: ['fu-toulouse-metropole-dispositif-d-accompagnement-renforce'],
  },
];
