import type { EmailKind } from './schema';

/**
 * The phrases a pasted email is read by, one list per language the app
 * speaks, each most telling first. Text is folded before matching (lower
 * case, single spaces, straight quotes), so patterns are written in lower
 * case with their accents. A rejection needs a phrase only a hiring "no"
 * uses: "leider müssen wir Ihnen mitteilen" alone also opens a parcel notice,
 * so it counts only when what follows is about the application.
 */

export type RuleKind = Exclude<EmailKind, 'none'>;
export type RuleLanguage = 'en' | 'de' | 'es' | 'pt';
export type LanguageRules = Record<RuleKind, RegExp[]> & { nearMisses: RegExp[] };

/** A German, Spanish or Portuguese word (letters with their accents, hyphens inside). */
const w = "[\\p{L}'-]+";
const words = (count: number) => `(?:${w} ){0,${count}}`;
/** Letters joined to a word (Vorstellungs|gespräch, Kandidat|in). */
const part = "[\\p{L}'-]*";

const en: LanguageRules = {
  rejection: [
    /decided to (?:move|go) forward with (?:other|another|a different) (?:candidates?|applicants?)/,
    /(?:move|moving|go|going) forward with (?:other|another|a different) (?:candidates?|applicants?)/,
    /(?:pursue|pursuing|proceed with|proceeding with|continue with|continuing with|go with|going with|chosen|selected|select) (?:other|another|a different|a more suitable) (?:candidates?|applicants?)/,
    /(?:decided|chosen|opted|decision) not to (?:move forward|move ahead|go ahead|proceed|progress|continue|pursue) (?:with )?(?:your|the) (?:application|candidacy|profile)/,
    /(?:will not|won't|are not|aren't|cannot|can't|unable to) (?:be )?(?:moving|move|proceeding|proceed|progressing|progress|taking|take) (?:forward |further )?(?:with )?(?:your|the) (?:application|candidacy|profile)(?: any)?(?: further| forward)?/,
    /your (?:application|candidacy) (?:for (?:the )?[^.,]{1,60}? )?(?:was|has been|is) (?:unsuccessful|not successful|declined|rejected)/,
    /your (?:application|candidacy) (?:has|was|is|have) not (?:been )?progress(?:ed)?/,
    /(?:we are|we're|we) (?:not|not going to|won't|will not) (?:be )?(?:moving|move|going|go) (?:forward|ahead)(?! with (?!you|your))/,
    /(?:go|head|going|heading) in (?:a different|another) direction (?:for|with) (?:the|this) (?:role|position|hire|vacancy|opening)/,
    /(?:offered|given) the (?:role|position|job) to (?:someone else|another candidate|another applicant)/,
    /went with (?:someone else|someone internal|an internal candidate|another candidate)/,
    // Only when it is the person or their application: "your project was not selected for funding" is a grant, and
    // "she was not selected" a referral's outcome.
    /(?:you|your (?:application|candidacy|profile)) (?:have |has )?(?:not been|were not|was not|weren't|wasn't) (?:selected|shortlisted|successful)(?: for| to| this| at| in)/,
    /(?:role|position|vacancy|opening) has (?:now )?been filled/,
    /(?:not|unable to) (?:able to )?offer you (?:the|this|a) (?:role|position|job)/,
    /(?:will not|won't|are not|aren't) (?:be )?(?:offering|extending) (?:you )?(?:an offer|the role|the position|this role|this position)/,
    /(?:make|made|making|extend|extended|extending) (?:an |the )?offer to (?:another|a different|an?other) (?:candidate|applicant|person)/,
    // "chosen to go with a candidate who..." (a vendor or a studio is not a candidate, so a turned-down proposal stays none).
    /(?:decided|chosen|opted|decision) to (?:go|proceed) with (?:a|another|a different) (?:candidate|applicant)/,
    /(?:picked|chose|selected|hired) (?:someone else|another candidate|another applicant|a different candidate)/,
    /(?:not able|unable) to (?:invite|offer) you (?:to |for )?(?:an? |the )?(?:interview|next stage|next round)/,
    /fill(?:ed)? (?:the|this) (?:[\w-]+ ){0,3}(?:role|position|opening|vacancy) (?:internally|with an internal candidate)/,
    /(?:profile|application|experience|background|cv|résumé|resume)[^.]{0,40}? (?:is|was|does|did) not (?:a )?(?:close enough |strong enough )?(?:match|meet)(?: for| with)? (?:the|our) (?:requirements|criteria)/,
    /(?:other|another) candidates? whose (?:experience|skills|background|qualifications|profile)/,
    /regret to (?:inform|tell|let) you (?:that )?(?:we|you|your application)/,
  ],
  interview: [
    /invite you (?:to|for) (?:an?|the|your|our) (?:[\w-]+ ){0,3}(?:interview|phone screen|video call|call|chat|conversation|onsite|on-site)/,
    /(?:come in|invite you in) for (?:an?|the|your) (?:[\w-]+ ){0,2}interview(?![\w-])/,
    /(?:hop|jump|get) on a (?:[\w-]+ ){0,2}(?:phone screen|video call|phone call|call|chat)\b/,
    /(?:up for|time for|free for|open to) a (?:quick |short |brief )?(?:chat|call|conversation)(?: about| next| this|\?)/,
    /(?:schedule|arrange|set up|book|line up) (?:an?|the|your|some|a time for an?) ?(?:[\w-]+ ){0,2}(?:interview|phone screen|screening call|call|chat|video call|conversation)\b/,
    /(?:like|love|want) to (?:talk|speak|chat|meet) (?:with you )?(?:more |further )?about (?:the|this|your) (?:role|position|application)/,
    /(?:move|moving|invite you) (?:you )?(?:forward |on )?to the (?:next|second|final|interview) (?:round|stage|step)/,
    /(?:your|some) availability for (?:an?|the) (?:interview|call|chat|conversation)/,
    /interview (?:invitation|invite|slots?)/,
    /(?:free|available) (?:on )?(?:[\w-]+ ){0,3}for an? (?:[\w-]+ ){0,2}interview(?![\w-])/,
    /pick a (?:time|slot) (?:for|that works for) (?:your|an?|the) (?:interview|call|chat)/,
  ],
  received: [
    /(?:we(?:'ve| have)?|just) received your application/,
    /your application (?:for (?:the )?[^.,]{1,60}? )?(?:has been|was|is) (?:received|submitted|in)\b/,
    /thank(?:s| you) for (?:applying|your application|submitting your application)(?! (?:the|this|these|that) )/,
    /application (?:received|submitted|confirmation)/,
    /we(?:'ve| have) got your application/,
    /(?:will|are going to) (?:review|look at|look over|go through|read) your application/,
  ],
  nearMisses: [
    /job alert/,
    /jobs? (?:you may|you might|that may|that might) (?:be interested in|like)/,
    /new jobs? (?:for you|matching|that match)/,
    /recommended (?:jobs|roles|for you)/,
    /(?:our|this week's|the monthly) newsletter/,
    // A referral's outcome is about someone else's application: "the candidate you referred was not selected".
    /(?:candidate|person|friend) you referred|thanks? (?:you )?for (?:referring|the referral)/,
    /applying (?:for|to) (?:our|the|a|an) (?:[\w-]+ ){0,2}(?:card|loan|credit card|membership|account|mortgage|permit|visa)(?=[.!,]| will| is| has|$)/,
  ],
};

const de: LanguageRules = {
  rejection: [
    new RegExp(`für (?:eine[nr]? )?andere[nrs]? (?:kandidat|bewerber|mitbewerber|person|profil)${part}`, 'u'),
    /gegen (?:ihre|deine) (?:bewerbung|kandidatur) entschieden/u,
    /(?:ihre|deine) (?:bewerbung|kandidatur|unterlagen) (?:leider )?(?:im weiteren verfahren )?nicht (?:weiter |länger |mehr )?(?:berücksichtigen|berücksichtigt|weiterverfolgen|weiterzuverfolgen|weiter verfolgen)/u,
    new RegExp(`(?:stelle|position|vakanz) (?:${w} ){0,3}besetzt`, 'u'),
    /(?:können|könnten) (?:wir )?(?:ihnen|dir) (?:leider )?keine zusage/u,
    /nicht in die (?:engere|nächste) (?:auswahl|runde)/u,
    /(?:ihnen|dir) (?:leider )?eine absage/u,
    new RegExp(`(?:stelle|position) (?:${w} ){0,3}(?:anderweitig|intern|bereits) vergeben`, 'u'),
    /(?:mitteilen|mitzuteilen)(?: zu müssen)?, dass (?:sie|du) (?:leider )?nicht/u,
    /(?:mitteilen|mitzuteilen)(?: zu müssen)?, dass (?:ihre|deine) bewerbung (?:leider )?(?:nicht|erfolglos)/u,
  ],
  interview: [
    new RegExp(
      `(?:zu|zum|zur) (?:einem |einer |ihrem |deinem )?${words(2)}${part}(?:gespräch|interview|gesprächsrunde)${part} (?:${w} ){0,3}?(?:einladen|einzuladen)`,
      'u',
    ),
    new RegExp(`laden (?:sie|dich) (?:${w} ){0,2}(?:zu|zum|zur) ${words(3)}${part}(?:gespräch|interview|gesprächsrunde)`, 'u'),
    new RegExp(`(?:lust|zeit) (?:auf|für) ein (?:${w} ){0,2}${part}(?:gespräch|interview|telefonat)`, 'u'),
    new RegExp(`termin für (?:ein|das|ihr|dein) (?:${w} )?${part}(?:gespräch|interview|telefonat)`, 'u'),
    new RegExp(`(?:passt|passen) (?:ihnen|dir) (?:ein|das) (?:${w} )?${part}(?:gespräch|interview|telefonat)`, 'u'),
  ],
  received: [
    /(?:danke|dank) für (?:ihre|deine) bewerbung/u,
    /(?:ihre|deine) (?:unterlagen|bewerbung) (?:haben wir )?(?:erhalten|bekommen)/u,
    /(?:haben|hätten) (?:ihre|deine) (?:unterlagen|bewerbung) (?:gut |sicher )?(?:erhalten|bekommen)/u,
    /bestätigen wir (?:ihnen |dir )?den eingang/u,
    /eingangsbestätigung/u,
    /(?:werden|wollen) (?:ihre|deine) (?:unterlagen|bewerbung) (?:sorgfältig |in ruhe |gründlich )?(?:prüfen|sichten|ansehen|durchsehen)/u,
    /bewerbung ist (?:bei uns )?(?:gut )?eingegangen/u,
  ],
  nearMisses: [/job-?newsletter/u, /jobempfehlungen/u, /(?:stellen|jobs), die zu ihnen passen/u],
};

const es: LanguageRules = {
  rejection: [
    /(?:continuar|seguir|avanzar|seguir adelante) con (?:otros?|otras?) (?:candidat[oa]s?|perfil(?:es)?|personas?)/u,
    /(?:elegido|seleccionado|escogido|optado por|elegir|seleccionar) (?:a )?otr[oa]s? (?:candidat[oa]s?|persona|perfil)/u,
    /(?:tu|su) (?:candidatura|solicitud|perfil) no (?:ha sido|fue|ha resultado) (?:seleccionad[oa]|elegid[oa])/u,
    /no (?:vamos a|podemos|podremos) (?:seguir adelante|continuar|avanzar|seguir) con (?:tu|su) (?:candidatura|solicitud|perfil)/u,
    /decidido no (?:avanzar|continuar|seguir(?: adelante)?) con (?:tu|su) (?:candidatura|perfil|solicitud)/u,
    /(?:puesto|vacante|posición|plaza) (?:ya )?(?:ha sido|fue|está|se ha|quedó|ha quedado) (?:cubiert[oa]|ocupad[oa])/u,
    /no (?:ha|has) sido seleccionad[oa] (?:para|en)/u,
    /no (?:podemos|podremos) ofrecer(?:te|le)? (?:el|la|este|esta) (?:puesto|vacante|posición|plaza|trabajo)/u,
  ],
  interview: [
    /invitar(?:te|le|la|lo)? a (?:una|la) (?:[\p{L}-]+ )?(?:entrevista|llamada|videollamada)/u,
    /(?:te|le|les) invitamos a (?:una|la) (?:[\p{L}-]+ )?(?:entrevista|llamada|videollamada)/u,
    /(?:concertar|agendar|programar|organizar|coordinar|fijar) una (?:entrevista|llamada|videollamada)/u,
    /(?:llamada|videollamada|charla|conversación)(?: \S+){0,4} para hablar (?:del|de la|sobre el|sobre la) (?:puesto|vacante|posición|candidatura)/u,
  ],
  received: [
    /gracias por (?:tu|su) (?:candidatura|solicitud|postulación)/u,
    /gracias por postularte/u,
    /hemos recibido (?:correctamente )?(?:tu|su) (?:candidatura|solicitud|cv|currículum)/u,
    /la hemos recibido/u,
    /candidatura recibida/u,
    /(?:tu|su) (?:candidatura|solicitud) se ha enviado/u,
    /enviarnos tu (?:cv|currículum)/u,
  ],
  nearMisses: [/boletín (?:semanal )?de empleo/u, /(?:empleos|ofertas) recomendad[oa]s para ti/u, /ofertas que podrían interesarte/u],
};

const pt: LanguageRules = {
  rejection: [
    /(?:seguir|continuar|prosseguir|avançar) com (?:outros?|outras?) (?:candidat[oa]s?|perfis|perfil|pessoas?)/u,
    /(?:escolhemos|selecionamos|optamos por|escolher|selecionar|contratamos) outr[oa]s? (?:candidat[oa]s?|pessoas?|perfil|perfis)/u,
    /(?:sua|tua) candidatura não (?:foi|será) (?:selecionada|aprovada|escolhida)/u,
    /não (?:vamos|iremos|poderemos|podemos) (?:seguir|continuar|prosseguir|avançar) com (?:a |o )?(?:sua|seu|tua|teu) (?:candidatura|perfil)/u,
    /(?:decidimos|decidiu|decidiram|resolvemos|resolveu|resolveram) não (?:avançar|seguir|continuar|prosseguir) com (?:a |o )?(?:sua|seu|tua|teu) (?:candidatura|perfil)/u,
    // "a vaga de Analista já foi preenchida", never a parking space ("vaga de estacionamento").
    /vaga (?:de (?!estacionamento|garagem)[^.,]{1,60}? )?(?:já )?(?:foi|está) (?:preenchida|ocupada)/u,
    /não (?:poderemos|podemos|vamos) (?:te |lhe )?oferecer (?:a|esta|essa) (?:vaga|posição)/u,
  ],
  interview: [
    /convid(?:ar|amos|á-la|á-lo) (?:você |te )?(?:para|pra) (?:uma|a) (?:[\p{L}-]+ )?(?:entrevista|conversa|chamada|bate-papo)/u,
    /(?:agendar|marcar|combinar) uma (?:entrevista|conversa|chamada|videochamada|call)/u,
    /(?:bate-papo|papo|conversa|chamada)(?: \S+){0,4} (?:para|pra) falar (?:sobre|da|do) (?:a |o )?(?:vaga|posição|candidatura)/u,
  ],
  received: [
    /obrigad[oa] pela (?:sua )?candidatura/u,
    /obrigad[oa] por se candidatar/u,
    /recebemos (?:a |o )?(?:sua|seu) (?:candidatura|currículo)/u,
    /(?:candidatura|currículo) (?:foi )?recebid[oa]/u,
    /candidatura foi enviada com sucesso/u,
    /envio do seu currículo/u,
  ],
  nearMisses: [/boletim (?:semanal )?de vagas/u, /vagas recomendadas para você/u],
};

export const rulesByLanguage: Record<RuleLanguage, LanguageRules> = { en, de, es, pt };

const languages = Object.values(rulesByLanguage);

/** Every language's phrases of one kind: an email may come in any of them, whatever the app's own language. */
export const rules: { kind: RuleKind; patterns: RegExp[] }[] = (['rejection', 'interview', 'received'] as const).map((kind) => ({
  kind,
  patterns: languages.flatMap((language) => language[kind]),
}));

/** Messages that talk about jobs without being about one of the person's applications. */
export const nearMisses: RegExp[] = languages.flatMap((language) => language.nearMisses);
