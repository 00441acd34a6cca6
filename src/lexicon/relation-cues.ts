/**
 * Cue words for each relation type, as regular-expression fragments (inflections spelled out).
 *   verbs       — active voice, subject acts on object: "X funded Y"
 *   participles — passive voice: "Y was funded by X"
 *   nouns       — nominalisations: "X's support for Y", "clashes between X and Y"
 *   roles       — role nouns for person→organization relations: "X, the leader of Y", "Y's mufti X"
 */
import type { RelationType } from "../types.js";

export interface RelationCues {
  verbs?: string[];
  participles?: string[];
  nouns?: string[];
  roles?: string[];
  /** What the beneficiary does: "X drew on funds raised by Y", "X received assistance from Y". */
  benefits?: string[];
  /** Joining a coalition another leads: "X joined the Y-led coalition". */
  coalitions?: string[];
  /** Hyphenated participles: "Iranian-backed", "U.S.-funded". */
  hyphenated?: string[];
  /** Passives without an agent, whose agent is the sentence's topic: "bay`a was given to X". */
  agentless?: string[];
}

export const RELATION_CUES: Partial<Record<RelationType, RelationCues>> = {
  leader_of: {
    verbs: ["led", "leads", "leading", "headed", "heads", "heading", "commanded", "commands", "chaired", "chairs", "ran", "runs", "presided over", "took (?:over )?(?:the )?(?:command|control|leadership|helm) of", "took over", "assumed (?:the )?(?:command|leadership) of", "was (?:clearly |indisputably )?(?:the )?(?:leader|head|emir|amir|chief) of", "in charge of", "at the helm of"],
    participles: ["led", "headed", "commanded", "chaired", "run"],
    roles: ["leader", "leaders", "head", "chief", "emir", "amir", "commander-in-chief", "supreme commander", "secretary[- ]general", "general secretary", "chairman", "president", "prime minister", "supreme leader", "spiritual (?:leader|guide)", "founder and leader", "number one", "top commander", "military head", "military chief", "director", "king", "ruler", "caliph", "overall commander"],
  },
  member_of: {
    verbs: ["joined(?! together| forces| hands| in)", "joins(?! together| forces| hands| in)", "joining(?! together| forces| hands| in)", "had been with", "was with", "fought for", "fights for", "fought with", "served in", "served with", "worked for", "enlisted in", "was recruited (?:in|into|by)", "defected to", "managed to join"],
    roles: ["member", "members", "mufti", "fighter", "fighters", "official", "officials", "operative", "operatives", "militant", "militants", "spokesman", "spokesperson", "deputy", "deputy leader", "lieutenant", "ideologue", "commander", "commanders", "financier", "trainer", "recruiter", "envoy", "representative", "minister", "cleric", "adviser", "advisor", "senior leader", "senior leaders", "figure", "figures", "activist", "strategist", "veteran", "founding member", "cadre", "agent", "emissary", "chief of staff"],
  },
  founded: {
    verbs: ["founded", "founds", "co-founded", "established", "establishes", "created", "creates", "formed", "forms", "set up", "launched", "organized", "organised", "started", "built", "joined in creating", "helped found", "helped (?:to )?create", "helped (?:to )?establish"],
    participles: ["founded", "co-founded", "established", "created", "formed", "set up", "launched", "started"],
    roles: ["founder", "founders", "co-founder", "founding father", "creator", "founder and leader"],
  },
  succeeded: {
    verbs: ["succeeded(?: to)?", "succeeds", "replaced", "replaces", "took over from", "followed"],
    participles: ["succeeded", "replaced"],
    roles: ["successor", "predecessor"],
  },
  pledged_allegiance_to: {
    verbs: ["pledged (?:its |his |their )?(?:allegiance|loyalty|bay[`'ʿ]?a)(?: to)?", "pledges (?:allegiance|loyalty) to", "pledging (?:allegiance|loyalty) to", "swore (?:an oath of )?(?:allegiance|loyalty|bay[`'ʿ]?a)(?: to)?", "swears allegiance to", "gave (?:its |his |their )?bay[`'ʿ]?a to", "(?:bay[`'ʿ]?a|oath(?: of allegiance)?) (?:\\(oath\\) )?(?:was |were )?(?:given|offered|sworn|pledged) to", "rall(?:y|ied|ies) (?:to|behind)", "declared (?:its |his |their )?(?:allegiance|loyalty) to", "joined(?! together| forces| hands| in)", "joins(?! together| forces| hands| in)", "declared (?:its |their )?allegiance", "(?:were|was|are|is) (?:loyal )?followers of"],
    nouns: ["pledge of allegiance", "oath of allegiance", "allegiance", "bay[`'ʿ]?a"],
    agentless: ["(?:bay[`'ʿ]?a|oath(?: of allegiance)?|allegiance|loyalty)(?: \\(oath\\))? (?:was|were|had been|has been) (?:given|offered|sworn|pledged|declared) to"],
  },
  affiliate_of: {
    verbs: ["became (?:an |a )?(?:affiliate|branch|franchise|wing|province) of", "affiliated (?:itself )?with", "merged into", "was absorbed into"],
    nouns: ["inclusion into", "integration into", "absorption into"],
    roles: ["branch", "affiliate", "wing", "province", "franchise", "offshoot", "division", "chapter", "arm", "front group", "subsidiary"],
  },
  split_from: {
    verbs: ["split (?:off )?from", "splits from", "broke away from", "broke (?:off )?from", "breaks away from", "seceded from", "defected from", "separated from", "splintered from", "left", "quit", "parted ways with", "emerged from"],
    roles: ["splinter(?: group| faction)?", "breakaway (?:group|faction)", "offshoot", "splinter faction"],
  },
  merged_with: {
    verbs: ["merged(?: with)?", "merges with", "united with", "fused with", "unified with", "were (?:slowly )?assimilated into", "was (?:slowly )?assimilated into", "(?:was|were) merged into", "combined with", "joined forces with"],
    nouns: ["merger (?:of|with|between)"],
  },
  allied_with: {
    verbs: ["allied (?:itself )?with", "allies with", "cooperated with", "cooperates with", "collaborated with", "worked (?:closely )?with", "worked closely", "joined together with", "joined forces with", "teamed up with", "aligned (?:itself )?with", "sided with", "partnered with", "forged (?:an )?alliance with", "maintained (?:close )?(?:links|ties|relations|contacts) (?:with|to)", "has (?:close )?(?:links|ties|relations) (?:with|to)", "had (?:close )?(?:links|ties|relations) (?:with|to)", "enjoyed close ties to", "has \\(or had\\) links to", "linked to", "close to", "built up working relationships"],
    coalitions: ["joined", "joins", "joining", "entered", "took part in", "participated in"],
    nouns: ["alliance (?:with|between)", "ally of", "allies of", "partner of", "close ties (?:to|with)", "links (?:to|with)", "cooperation (?:with|between)", "close relations with", "ally"],
  },
  rival_of: {
    verbs: ["rivaled", "rivalled", "competed with", "feuded with", "vied with", "fell out with", "broke with", "could not bear"],
    nouns: ["rival(?:s)? (?:of|to)", "rivalry (?:with|between)", "competitors?", "tensions? (?:with|between)", "rift (?:with|between)", "feud (?:with|between)", "antagonism (?:with|between|towards?)", "hostility (?:towards?|between)", "enmity (?:with|between)", "rival", "sworn enemy", "enemy of", "enemies of"],
  },
  fought: {
    verbs: ["fought(?! on behalf| alongside| for| with)(?: against)?", "fights(?! on behalf| alongside| for| with)(?: against)?", "fighting(?! on behalf| alongside| for| with)(?: against)?", "attacked", "attacks", "attacking", "clashed with", "clashes with", "battled", "battling", "confronted", "confronts", "invaded", "raided", "ambushed", "bombed", "shelled", "targeted", "killed", "assassinated", "waged (?:an? )?(?:asymmetric |guerrilla |full-scale |)?war (?:on|against)", "declared war on", "launched (?:an? )?(?:attack|offensive|assault|raid|campaign) (?:on|against)", "took part in (?:at least one )?(?:actual )?battle", "opposing", "participated in the fight", "went to war with", "at war with", "struck", "defeated", "routed", "expelled", "drove out", "besieged", "occupied"],
    participles: ["attacked", "killed", "assassinated", "targeted", "defeated", "bombed", "raided", "ambushed", "expelled", "besieged", "shelled", "invaded", "occupied", "fought"],
    nouns: ["(?:clashes|fighting|war|battles?|confrontation|conflict|infighting|hostilities|skirmishes) (?:with|between|against)", "(?:campaign|offensive|raid|raids|attack|attacks|assault|strikes?|airstrikes?|operations?|insurgency|jihad|war|fight|struggle) against", "(?:attacks?|assaults?|raids?|strikes?|airstrikes?) on", "confrontation with"],
  },
  supported: {
    verbs: ["supported", "supports", "supporting", "backed", "backs", "backing", "funded", "funds", "funding", "financed", "finances", "financing", "armed", "arms", "trained", "trains", "training", "equipped", "sheltered", "shelters", "harbored", "harboured", "hosted", "protected", "assisted", "assists", "assisting", "helped", "helps", "aided", "aids", "sponsored", "sponsors", "supplied", "supplies", "provided", "provides", "providing", "sent (?:weapons|arms|fighters|trainers|money|funds|advisers)", "gave (?:money|funds|arms|weapons|shelter|refuge|sanctuary|support)", "propped up", "propping up", "fighting on behalf of", "fought on behalf of", "fights on behalf of", "fought alongside", "fighting alongside", "let", "allowed", "sided with", "side with", "invested in", "investing in", "facilitated", "donated", "channeled funds", "bankrolled", "organized", "recruited for", "was instrumental in", "granted", "offered (?:support|help|assistance|refuge|shelter|sanctuary)"],
    participles: ["supported", "backed", "funded", "financed", "armed", "trained", "equipped", "sheltered", "harbored", "harboured", "hosted", "protected", "assisted", "aided", "sponsored", "supplied", "organized", "facilitated", "propped up", "bankrolled"],
    nouns: ["support (?:for|to|of)", "(?:financial |military |logistical |moral )?(?:support|assistance|aid|help|funding|backing|sponsorship|training|shelter|sanctuary|facilitation) (?:for|to|of|from)", "assistance", "support", "funding", "training", "facilitation network", "backing"],
    benefits: ["rel(?:y|ied|ies|ying) (?:\\w+ )?on", "drew (?:\\w+ )?on", "draws on", "drawing on", "depended on", "depends on", "benefited from", "benefitted from", "received", "receives", "receiving", "obtained", "got"],
    hyphenated: ["backed", "funded", "financed", "sponsored", "supported", "armed", "trained", "equipped"],
  },
  mediated: {
    verbs: ["mediated(?: between)?", "mediates between", "brokered (?:a |the )?(?:truce|ceasefire|deal|agreement|peace) between", "intervene(?:d)? (?:to|so as to|in order to) bring (?:back )?(?:some )?(?:semblance of )?(?:harmony|peace)", "reconciled", "arbitrated between"],
    nouns: ["mediation (?:between|of)", "mediator between"],
  },
  criticized: {
    verbs: ["criticized", "criticised", "criticizes", "criticises", "condemned", "condemns", "denounced", "denounces", "scolded", "scolding", "rebuked", "verbally attacked", "accused", "accuses", "blamed", "opposed", "opposes", "initially opposed", "called on", "urged", "lambasted", "censured", "castigated", "decried", "derided", "berated", "chastised", "sanctioned", "demanded that", "described .{0,40}? as", "branded", "labelled", "labeled", "consider(?:s|ed)? .{0,30}?(?:apostate|traitors?|infidels?|enem(?:y|ies))", "contested", "rebuffed", "distaste for", "distate for", "warned", "denied legitimacy to", "excommunicated", "issued a fatwa against", "delivering diatribes against", "diatribes against"],
    nouns: ["criticism of", "condemnation of", "denunciation of", "distaste for", "distate for", "disapproval of", "diatribes? against"],
  },
  praised: {
    verbs: ["praised", "praises", "praising", "lauded", "lauds", "hailed", "hails", "paid tribute to", "pays tribute to", "endorsed", "endorses", "commended", "admired", "admires", "applauded", "celebrated", "eulogized", "eulogised", "glorified", "congratulated", "welcomed", "thanked", "portrayed .{0,30}?favou?rably", "spoke highly of", "depicted .{0,30}? as (?:one of the )?(?:role models?|heroe?s?)", "was inspired by", "inspired by", "endorsed"],
    nouns: ["praise (?:for|of)", "tribute to", "admiration for", "eulogy (?:for|to)", "words of praise"],
  },
  met: {
    verbs: ["(?<!(?:was|were|is|are|be|been) )met(?: with)?", "meets(?: with)?", "meeting(?: with)?", "visited", "visits", "hosted (?:a )?(?:delegation|meeting)", "held talks with", "talked with", "negotiated with", "conferred with", "became acquainted", "had become acquainted", "encountered", "sat down with", "interviewed", "granted an interview"],
    nouns: ["meeting (?:with|between)", "talks (?:with|between)", "contacts? (?:with|between)", "visit (?:to|with)", "interview (?:with|granted to)", "meeting"],
  },
};
