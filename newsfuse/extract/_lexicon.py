"""Cue lexicon for event typing, written from the ACLED and CASE 2021 type definitions.

Each sub-event type has weighted regular expressions over lower-cased text. A cue is a word
stem or phrase that the definition names or that news uses for it (``shelling``, ``mortar``
for artillery; ``tear gas`` for a protest with intervention). Weights: 3 = the cue alone names
the type, 2 = strong, 1 = supporting.
"""

from __future__ import annotations

import re

Cue = tuple[re.Pattern[str], float]


def _cues(*pairs: tuple[str, float]) -> tuple[Cue, ...]:
    return tuple((re.compile(r"\b(?:" + pat + r")"), w) for pat, w in pairs)


_PROTEST = (
    r"protest(?:s|ers?|ed|ing)?\b|demonstrat|rall(?:y|ies|ied)\b|marche[ds]\b|marching\b|sit-in"
    r"|picket|rioters|crowds? of"
)

LEXICON: dict[str, tuple[Cue, ...]] = {
    "Armed clash": _cues(
        (
            r"(?:raid(?:ed)?|attack(?:ed)?|storm(?:ed)?) (?:a |an |the )?(?:military|army|police) "
            r"(?:base|post|checkpoint|convoy|position)",
            3,
        ),
        (
            r"attack(?:ed|s)? (?:the |their |its )?(?:\w+ ){0,4}(?:positions|outposts|bases|"
            r"base|troops|soldiers|army|garrison|barracks)|both sides",
            3,
        ),
        (r"clash(?:es|ed)?\b|gun ?battle|firefight|fighting\b|fought\b|exchange of fire", 2),
        (r"exchanged fire|skirmish|engaged (?:in )?(?:combat|battle)|ambush(?:ed)?", 2),
        (r"offensive|counter-?attack|battle\b|combat", 1),
        (r"militants?|rebels?|insurgents?|fighters|troops|soldiers|army\b|forces\b", 0.5),
    ),
    "Government regains territory": _cues(
        (r"recaptur|retook|retake|regain(?:ed)? control|liberat|took back|wrested|seized back", 3),
        (r"took (?:full )?control|taken control|captured|pushed back|drove back|drove out", 2),
    ),
    "Non-state actor overtakes territory": _cues(
        (r"overran|overrun|seized control|took (?:full )?control|taken control|captured", 3),
        (r"taken over|took over|established control", 3),
        (r"seiz(?:e|ed|ing) (?:the )?(?:town|village|city|district|area|base)|recaptur|retook", 2),
    ),
    "Chemical weapon": _cues(
        (r"chemical (?:weapon|attack|agent)|chlorine|sarin|mustard gas|nerve agent", 5),
        (r"(?:toxic|poison(?:ous)?) gas|respiratory problems|breathing problems|novichok", 5),
    ),
    "Air/drone strike": _cues(
        (
            r"air ?strikes?|airstrikes?|air raids?|drone strikes?|air attack|"
            r"aerial (?:bomb|attack)",
            4,
        ),
        (r"warplanes?|fighter jets?|jets\b|helicopters?|choppers?|bombers?|aircraft|drones?\b", 3),
        (r"air force|coalition (?:air|jets|planes)|bomb(?:ed|ing|s)? (?:from the air|raid)", 2),
    ),
    "Suicide bomb": _cues(
        (r"suicide (?:bomb|attack|car|vest|belt)|suicide bomber|blew (?:himself|herself) up", 5),
        (r"self-detonat|explosive (?:vest|belt)", 4),
        (r"kamikaze|female bombers?|bombers? (?:went off|detonated)", 5),
    ),
    "Shelling/artillery/missile attack": _cues(
        (r"shell(?:ing|ed|s)?\b|artillery|mortars?|rockets?\b|missiles?\b|katyusha", 3),
        (r"howitzer|grad\b|projectiles?|barrage|bombard|tank fire|tanks? (?:attack|fire|shell)", 2),
    ),
    "Remote explosive/landmine/IED": _cues(
        (r"\bied\b|improvised explosive|roadside bomb|landmine|land mine|car bomb", 4),
        (r"explosive device|bomb (?:blast|exploded|went off)|planted|detonat|booby", 2),
        (r"blast|explosion|exploded|bomb\b|bombing", 1),
    ),
    "Grenade": _cues(
        (r"grenades?|hand bomb", 5),
    ),
    "Sexual violence": _cues(
        (r"rap(?:e|ed|es|ing)\b|sexual(?:ly)? (?:assault|abuse|violence|harass)|gang-?rape", 5),
    ),
    "Attack": _cues(
        (
            r"gunmen|shot dead|opened fire|massacre|attack(?:ed|s|ers)?\b|kill(?:ed|ing)\b|murder",
            1.5,
        ),
        (r"gunned down|gun down|armed men|stormed", 1.5),
        (r"civilians?|villagers|unarmed|residents|passers-?by|worshippers|students", 1),
        (r"beheaded|hacked to death|lynch|assassinat|stabb|torched (?:houses|homes|village)", 1.5),
    ),
    "Abduction/forced disappearance": _cues(
        (r"abduct|kidnap|taken hostage|held hostage|forced disappearance|went missing", 4),
        (r"hostages?|captive|ransom", 2),
    ),
    "Peaceful protest": _cues(
        (_PROTEST, 3),
        (r"protesters|demonstrators|activists|chant|placards|banners|strike\b|strikers", 1),
        (r"peaceful(?:ly)?", 1),
    ),
    "Protest with intervention": _cues(
        (r"tear ?gas|water cannon|dispers|rubber bullets|baton|crackdown|broke up", 3),
        (r"(?:arrested|detained).{0,30}(?:protesters|demonstrators|activists)", 3),
        (r"(?:protesters|demonstrators|activists).{0,30}(?:arrested|detained)", 3),
    ),
    "Excessive force against protesters": _cues(
        (
            r"(?:killed|shot|fired on|opened fire on|live (?:ammunition|rounds|bullets)).{0,40}"
            r"(?:protesters?|demonstrators?)",
            4,
        ),
        (r"live (?:ammunition|rounds|bullets)|excessive force|killing (?:\w+ )?protesters?", 4),
        (r"(?:protesters|demonstrators).{0,40}(?:killed|shot dead|died)", 3),
    ),
    "Violent demonstration": _cues(
        (r"rioters|riot(?:s|ing|ed)?\b|vandali|set (?:fire|ablaze)|torched|hurl|pelt|stone", 3),
        (r"clash(?:es|ed)? with|confront|fireworks|aggressive|violence|armed with", 3),
        (r"clash(?:es)? .{0,40}(?:protesters|demonstrators)", 3),
        (r"threw (?:stones|rocks|petrol|molotov)|molotov|burn(?:ed|t|ing) (?:tyres|tires|cars)", 3),
        (r"violent (?:protest|demonstration)|clashed with (?:police|security)", 3),
    ),
    "Mob violence": _cues(
        (r"\bmobs?\b|lynch|vigilant|angry crowd|crowd (?:attacked|beat)", 4),
        (r"a group of \w+ attacked", 3),
    ),
    "Agreement": _cues(
        (r"agreement|ceasefire|cease-fire|truce|peace (?:deal|accord|talks|agreement)", 3),
        (r"signed|agreed|accord\b|deal\b|prisoner (?:swap|exchange)|memorandum", 2),
        (r"surrender|exchange of prisoners|evacuation deal|lay down (?:their )?arms", 3),
        (r"in exchange for", 3),
    ),
    "Arrests": _cues(
        (r"arrest|detain|apprehend|taken into custody|custody|rounded up|nabbed", 3),
        (r"police|charged with|suspects?", 1),
    ),
    "Change to group/activity": _cues(
        (r"recruit|merg(?:e|ed|er)|join(?:ed)? forces|deploy|reinforc|troop movement", 2),
        (r"weapons? (?:seized|cache|stockpile)|seized (?:\w+ )?(?:weapons|arms|ammunition)", 3),
        (r"training camp|parade|mobiliz|withdr[ae]w (?:its )?(?:troops|forces)|defect", 2),
    ),
    "Disrupted weapons use": _cues(
        (r"defus|intercept|shot down|foil|thwart|dismantl|disarm|bomb disposal|neutrali[sz]", 4),
        (
            r"recovered (?:an? )?(?:ied|bomb|explosive)|(?:found|discovered) (?:an? )?(?:ied|bomb)",
            4,
        ),
        (r"prevented|averted|seized explosives", 2),
        (
            r"(?:found|discovered|seized|recovered|stash|cache|destroyed|confiscat).{0,60}"
            r"(?:weapons|firearms|guns|ammunition|explosive|mines|ieds|bombs|grenades|pistols|rifles)",
            4,
        ),
        (
            r"(?:weapons|firearms|guns|ammunition|explosive|bombs|pistols|rifles).{0,60}"
            r"(?:were|was|been) (?:found|discovered|seized|recovered|identified)",
            4,
        ),
    ),
    "Headquarters or base established": _cues(
        (
            r"(?:set up|established|establish|built|opened|erected|created).{0,40}"
            r"(?:base|headquarters|camp|outpost|post|barracks|checkpoint|observation points?)",
            5,
        ),
        (r"\bbase\b|headquarters", 1),
    ),
    "Looting/property destruction": _cues(
        (r"loot|vandal|destroy|demolish|burn(?:ed|t) down|razed|torched|ransack|arson", 3),
        (r"property|shops|houses|homes|vehicles", 0.5),
    ),
    "Non-violent transfer of territory": _cues(
        (r"handed over|hand(?:ed)? over control|withdr[ae]w from|pulled out of|evacuat", 3),
        (r"without (?:a )?(?:fight|resistance)|peacefully (?:took|entered)|any resistance", 4),
        (r"(?:forces|troops|fighters|army|militants|rebels) (?:had )?pulled out", 3),
    ),
    "Other": _cues(
        (r"mass graves?|bodies (?:were )?(?:found|discovered|exhumed)", 3),
    ),
    "Shooting": _cues(
        (r"shooting|shot\b|gunfire|gunshot|shooter|gunman", 2),
    ),
    "Stabbing": _cues(
        (r"stabb|knife|knifed|machete", 2),
    ),
    "Other violent crime": _cues(
        (r"robber|assault|carjack|homicide|beat(?:en|ing)\b", 1),
    ),
    "Organized crime": _cues(
        (r"smuggl|traffick|drug (?:cartel|lord|gang|dealer|bust|haul)|narcotic|cartel", 3),
        (r"counterfeit|money launder|corruption|brib|fraud|embezzl|cyber ?(?:crime|attack)", 3),
        (r"gang\b|gangs\b|mafia|extortion|hack(?:ed|ers|ing)", 2),
        (r"cocaine|heroin|meth|contraband|seized (?:\w+ )?(?:kg|kilograms|tonnes|tons)", 2),
    ),
    "Natural disaster": _cues(
        (r"earthquake|tsunami|flood|cyclone|hurricane|typhoon|tornado|landslide|avalanche", 4),
        (r"tremors?|richter|magnitude", 4),
        (r"wildfire|forest fire|bushfire|drought|volcan|heavy rain|storm|monsoon|heatwave", 4),
        (r"erupt|lava|\bfires? (?:are|were) burning|temperatures", 3),
        (r"covid|coronavirus|pandemic|epidemic|outbreak|cholera|ebola|virus|infect|cases\b", 3),
    ),
    "Man-made disaster": _cues(
        (r"accident|collision|collided|crash(?:ed)?|derail|capsiz|collaps|sank|sinking", 3),
        (r"(?:gas|chemical|oil) (?:leak|spill)|factory (?:fire|blast|explosion)|stampede", 4),
        (r"fire.{0,20}broke out|blaze|caught fire|poisoning|contaminat|power outage|blackout", 3),
        (r"furnace|(?:plant|factory|boiler|tanker|cylinder) (?:exploded|explosion|blast)", 3),
        (r"leak(?:ed|age|s)?\b|industrial|warehouse|ammonium nitrate|overturned|storage", 3),
        (r"bus\b|truck\b|train\b|plane\b|vessel|ferry|boat|mine\b|building", 0.5),
    ),
    "Diplomatic event": _cues(
        (r"sanction|embassy (?:closed|closure)|ambassador|diplomat|foreign minist|envoy|summit", 2),
        (r"condemn|call(?:ed|s)? (?:on|for)|urg(?:ed|es)|warn(?:ed|s)?|threaten|praised", 2),
        (r"talks\b|visit(?:ed)?\b|met with|meeting|expel|statement|president\b|minister", 1),
        (r"united nations|\bun\b|\beu\b|nato|security council|state department|kremlin", 1),
    ),
    "Attribution of responsibility": _cues(
        (r"claim(?:ed|s|ing)? (?:the )?responsib|took responsib|claim(?:ed)? (?:the )?attack", 5),
        (r"blam(?:e|ed|es|ing)|accus|denied (?:any )?(?:involvement|responsibility)|behind the", 2),
        (r"held responsible|responsible for|attribut", 2),
    ),
}
