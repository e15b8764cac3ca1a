// Sentences of the VITA collection restored by hand from the raw OCR lines where the two
// columns of a page were read side by side (document lines in brackets). Each is written as
// the page prints it, in reading order, hyphenation joined; OCR slips inside a word that the
// parser does not claim to fix are left out of the sentence rather than corrected into it.
export interface RestoredSentence {
  /** Entry id of the experience the sentence belongs to. */
  entry: string;
  column: 'left' | 'right';
  /** Document lines the sentence is spread over. */
  lines: [number, number];
  sentence: string;
}

const ACID = 'vita-amelioration-de-la-qualite-des-parcours-d-insertion-par-le';
const E3I = 'vita-construction-d-une-legitimite-d-intervention-dans-la-mise';
const MIDI = 'vita-journee-regionale-inter-reseaux-clauses-sociales-dans-les';
const PAS_DE_CALAIS = 'vita-dispositif-d-insertion-par-l-emploi-relatif-a-la-suppleance';
const ADVF = 'vita-parcours-de-professionnalisation-assistante-de-vie-aux';
const intro = (n: number): string => `vita-groupe-${n}-introduction`;
const outro = (n: number): string => `vita-groupe-${n}-conclusion`;

export const RESTORED: readonly RestoredSentence[] = [
  // A.C.I.D., Outils et ressources (p. 32: its footer « Sommaire 32 » closes it)
  {
    entry: ACID,
    column: 'left',
    lines: [1765, 1767],
    sentence: 'Les outils et ressources disponibles auprès de l’A.C.I.D.',
  },
  {
    entry: ACID,
    column: 'left',
    lines: [1769, 1770],
    sentence: 'Modèle de convention de partenariat entre une AI et une ETTI',
  },
  {
    entry: ACID,
    column: 'left',
    lines: [1771, 1773],
    sentence:
      'Présentations de l’offre de services de l’AI a destination des entreprises, des partenaires “ intermédiaires " et des collectivités.',
  },
  {
    entry: ACID,
    column: 'left',
    lines: [1774, 1775],
    sentence: 'Descriptif d’une action de “ sensibilisation au travail en entreprise ”',
  },
  {
    entry: ACID,
    column: 'right',
    lines: [1768, 1774],
    sentence:
      'Plaquette de présentation de la clause sociale éditée par la CRES Pays de la Loire dans le cadre de la mission confiée par l’inter réseaux IAE des Pays de la Loire en 2005-2006, disponible sur le site de la CRES : http://www.cres-pdl.org/ (cf. fiche expérience)',
  },
  // E3i, Les limites à dépasser aujourd'hui and Outils et ressources
  {
    entry: E3I,
    column: 'left',
    lines: [2629, 2633],
    sentence:
      'Les entreprises apprécient la “ plus-value insertion " de l’ETTI mais ne font souvent appel a elle que pour des contrats d’insertion.',
  },
  {
    entry: E3I,
    column: 'right',
    lines: [2629, 2633],
    sentence:
      'E3i doit conserver une stratégie de diversification d’activités pour rester viable économiquement et pour apporter d’autres réponses, en particulier à destination des femmes.',
  },
  {
    entry: E3I,
    column: 'left',
    lines: [2642, 2643],
    sentence: 'Présentation de l’action innovante de formation (Diaporama)',
  },
  {
    entry: E3I,
    column: 'right',
    lines: [2642, 2646],
    sentence:
      'Fiche projet “ Projet pour la mise en œuvre constructive de missions de travail dans le cadre des conditions d’exécution des chantiers publics " (2004)',
  },
  // COORACE Midi-Pyrénées, Outils et ressources
  {
    entry: MIDI,
    column: 'left',
    lines: [2931, 2932],
    sentence: 'Programme de la journée régionale (23 octobre 2007)',
  },
  {
    entry: MIDI,
    column: 'right',
    lines: [2931, 2932],
    sentence: 'Programme de la journée départementale en Hautes-Pyrénées (13 décembre 2007)',
  },
  // Conseil Général du Pas-de-Calais, Outils et ressources
  {
    entry: PAS_DE_CALAIS,
    column: 'left',
    lines: [3777, 3780],
    sentence:
      'Afin de garantir que l’initiative du Conseil Général du Pas-de-Calais sera bien respectée et que la dynamique de mutualisation et de capitalisation sera mise à profit :',
  },
  {
    entry: PAS_DE_CALAIS,
    column: 'left',
    lines: [3782, 3786],
    sentence:
      'Conseil Général du Pas-de-Calais propose aux Conseils Généraux et autres collectivités territoriales ou réseaux intéressés une intervention en vue d’expliciter le dispositif d’ensemble.',
  },
  {
    entry: PAS_DE_CALAIS,
    column: 'right',
    lines: [3777, 3782],
    sentence:
      'Sur la base des expériences entreprises, le Conseil Général du Pas-de-Calais pourra proposer de rencontrer les collectivités territoriales intéressées afin de leur présenter plus amplement son dispositif et les outils développés.',
  },
  {
    entry: PAS_DE_CALAIS,
    column: 'right',
    lines: [3784, 3786],
    sentence:
      'Sous réserve d’une décision de la hiérarchie, la diffusion de divers documents complémentaires pourra être envisagée.',
  },
  // COORACE Pays de la Loire, assistante de vie aux familles (p. 92: after the footer « 91 Sommaire » that closes its first page)
  {
    entry: ADVF,
    column: 'left',
    lines: [6024, 6029],
    sentence:
      'Réunions d’information territoriales en centre de formation pour les AI et personnes repérées, puis validation par les AI des candidatures en fonction de la motivation et d’un minimum d’expérience.',
  },
  {
    entry: ADVF,
    column: 'right',
    lines: [6025, 6031],
    sentence:
      '4. Evaluation : Enquête de satisfaction des stagiaires, réunion de bilan avec les AI et les formateurs, suivi de l’intégration en emploi des stagiaires en fin de formation et à plus de 6 mois.',
  },
  {
    entry: ADVF,
    column: 'left',
    lines: [6036, 6038],
    sentence: '9 groupes de formation avec un démarrage échelonné, 5 centres de formation et 8 formateurs.',
  },
  {
    entry: ADVF,
    column: 'right',
    lines: [6035, 6038],
    sentence:
      'Obtention du titre : sur les 113 stagiaires, 94 (86 %) ont été admis au titre complet, 8 au titre partiel et 4 ne se sont pas présentés aux épreuves finales (raisons médicales).',
  },
  {
    entry: ADVF,
    column: 'left',
    lines: [6039, 6040],
    sentence: '25 Associations Intermédiaires et 124 demandeurs d’emploi motivés.',
  },
  {
    entry: ADVF,
    column: 'right',
    lines: [6039, 6044],
    sentence:
      'sur 102 personnes ayant répondu, 23 personnes sont en CDI avec une moyenne de 78 heures / mois et 24 personnes sont en CDD plus de 6 mois avec une moyenne de 86 heures / mois.',
  },
  {
    entry: ADVF,
    column: 'left',
    lines: [6041, 6045],
    sentence:
      '214 heures en moyenne par personne de remise à niveau sur les connaissances générales et 43 heures de mises en situation de travail en moyenne par personne et par mois.',
  },
  {
    entry: ADVF,
    column: 'left',
    lines: [6048, 6054],
    sentence:
      'Rencontres départementales et ou locales avec les associations et fédérations de services aux personnes pour nouer des partenariats.',
  },
  {
    entry: ADVF,
    column: 'left',
    lines: [6055, 6059],
    sentence:
      'Production d’un guide d’entretien pour l’évaluation des compétences au regard du référentiel de certification du titre.',
  },
  {
    entry: ADVF,
    column: 'right',
    lines: [6046, 6048],
    sentence:
      'Financement : Etat (Programme d’Action Subventionné - PAS volet formation), FSE objectif 3 (porté par l’AFPA Pays de la Loire)',
  },
  {
    entry: ADVF,
    column: 'left',
    lines: [6062, 6072],
    sentence:
      'Comité de pilotage : COORACE, AFPA Pays de la Loire, associations intermédiaires, Proxim’Services, fédérations des services aux personnes (ADMR, UNA, ADESSA), OPCA (AGEFOS-PME, UNIFORMATION), Conseil Régional Pays de la Loire, sous la présidence de la DRTEFP.',
  },
  {
    entry: ADVF,
    column: 'left',
    lines: [6073, 6074],
    sentence: 'Réunions de coordination avec les référents des associations intermédiaires.',
  },
  {
    // The left column's last item goes on at the top of the right column.
    entry: ADVF,
    column: 'left',
    lines: [6023, 6077],
    sentence:
      'Réunions de régulation en étroite collaboration avec AFPA, les stagiaires, la formatrice et / ou le référent de AI pour régler les situations problemes.',
  },
  {
    entry: ADVF,
    column: 'right',
    lines: [6069, 6074],
    sentence:
      'La coordination collective et régionale de l’action (AFPA - COORACE Pays de la Loire) assurant sur les territoires une cohérence en terme d’ingénierie financière, pédagogique et d’accompagnement.',
  },
  {
    entry: ADVF,
    column: 'right',
    lines: [6075, 6077],
    sentence: 'L’engagement et la mobilisation des associations intermédiaires et des formateurs.',
  },
  {
    // Added in the audit of issue 14: the rest of the funding item, right column.
    entry: ADVF,
    column: 'right',
    lines: [6050, 6055],
    sentence:
      'Conseil Régional Pays de la Loire, COORACE national et Pays de la Loire, Associations Intermédiaires (accompagnement des bénéficiaires).',
  },
  {
    entry: ADVF,
    column: 'left',
    lines: [6046, 6047],
    sentence: 'Accompagnement des associations intermédiaires',
  },
  // Chapter openings and closings: the side box (chapter title, « Groupe de travail VITA
  // accompagné par … ») read across the text's first lines, on the left of an opening page,
  // on the right of a closing one. The text's sentences (or its heading and the line under it)
  // read without the box; the box's credit reads whole, as its own paragraph.
  {
    entry: intro(1),
    column: 'right',
    lines: [232, 237],
    sentence:
      'Depuis plus de vingt ans, les Structures d’Insertion par l’Activité Economique (SIAE) ont montré leur capacité à proposer une activité professionnelle aux personnes en recherche d’emploi',
  },
  {
    entry: intro(1),
    column: 'left',
    lines: [234, 236],
    sentence:
      'Groupe de travail VITA accompagné par Nicolas PHILIPPE (Extra Muros) et Anne Claire PIGNAL (COORACE)',
  },
  {
    entry: outro(1),
    column: 'left',
    lines: [1273, 1280],
    sentence:
      'Les réunions ont été co-animées par Extra Muros et le COORACE. Outre les acteurs de l’insertion partenaires de VITA et co-initiateurs de pôles de développement territorial',
  },
  {
    entry: intro(2),
    column: 'right',
    lines: [1426, 1428],
    sentence:
      'L’Etat a mis en ligne un guide à l’attention des donneurs d’ordres sur le site du Ministère de l’économie',
  },
  {
    entry: intro(2),
    column: 'left',
    lines: [1425, 1428],
    sentence:
      'Groupe de travail VITA accompagné par Patrick LOQUET Maître de conférence à l’université de Valenciennes et du Hainaut Cambrésis, Membre du CNIAE',
  },
  {
    entry: outro(2),
    column: 'left',
    lines: [4455, 4463],
    sentence:
      'Le groupe de travail a tenu sept réunions de décembre 2006 à février 2008. La participation au groupe de travail est très satisfaisante avec une moyenne de 16 participants.',
  },
  {
    entry: intro(3),
    column: 'right',
    lines: [4662, 4669],
    sentence:
      'Le groupe de travail VITA “Services de proximité, emploi et territoire” est issu de la Rencontre Nationale VITA du 13 octobre 2006 et de l’atelier consacré au développement de la filière des services à la personne',
  },
  {
    entry: outro(3),
    column: 'left',
    lines: [6870, 6878],
    sentence:
      'Le groupe de travail s’est réuni huit fois, de décembre 2006 à février 2007. Les réunions se sont tenues à Paris et deux d’entre elles à distance sous forme de conférence téléphonique.',
  },
  {
    entry: outro(3),
    column: 'right',
    lines: [6872, 6876],
    sentence:
      'Groupe de travail VITA accompagné par Guy MICHEL Directeur de l’Agence pour le Développement des Services de Proximité',
  },
  {
    entry: intro(4),
    column: 'right',
    lines: [7079, 7082],
    sentence: 'ORIGINE La thématique de l’égalité des chances entre',
  },
  {
    entry: intro(4),
    column: 'right',
    lines: [7086, 7090],
    sentence:
      'lors de la première Rencontre nationale VITA (13 octobre 2006). Un ensemblier d’insertion du bassin d’emploi de Saint-Nazaire',
  },
  {
    entry: intro(4),
    column: 'left',
    lines: [7083, 7089],
    sentence:
      'Groupe de travail VITA accompagné par Francoise LE VERGE Co-gérante de PERFEGAL avec l’appui de Rozenn LE VAILLANT, consultante Extra Muros',
  },
  {
    entry: outro(4),
    column: 'left',
    lines: [7756, 7763],
    sentence:
      'La première réunion a mis en avant la nécessité de faire intervenir une expertise externe en matière d’égalité des chances.',
  },
  {
    entry: intro(5),
    column: 'right',
    lines: [7919, 7922],
    sentence: 'ORIGINE Qu’est-ce qui poussent les acteurs de l’insertion',
  },
  {
    entry: outro(5),
    column: 'left',
    lines: [9515, 9518],
    sentence:
      'LES ELEMENTS D’EVALUATION Une mobilisation en deux temps Le groupe de travail a tenu cinq réunions',
  },
];
