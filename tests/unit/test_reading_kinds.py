"""Readings of a runner's words, by kind: each kind found in a phrase set's misses (read, then
spent) or a test drive, written here as the general case, with the near cases that must not
change. One table, one check: an entry's third field is the reading expected for that
observation ("not stated": none)."""
from __future__ import annotations

import pytest

from advisor.inputs.text import read


def stated(kb, text) -> dict[str, bool | None]:
    return {s.observation.id: s.present for s in read(kb, text).statements}


KINDS = [
    # --- a red flag needs the word that makes it one
    # the word that makes an everyday complaint a red flag must be said: an ache after runs is
    # no worsening groin (a femoral-neck stress fracture) nor severe pain that will not settle
    ("groin pain after running", "groin_pain_worsening", "not stated"),
    ("my groin aches after my runs lately", "groin_pain_worsening", "not stated"),
    ("my calf aches after runs", "severe_leg_pain_after_exercise", "not stated"),
    ("my groin aches after runs but it isn't getting worse", "groin_pain_worsening", False),
    ("groin is worse after every run", "groin_pain_worsening", True),
    ("the front of my hip hurts more every run", "groin_pain_worsening", True),
    ("my groin hurts more and more", "groin_pain_worsening", True),
    ("severe pain in my calf after the race that won't settle", "severe_leg_pain_after_exercise", True),
    # (set 19: "both calves look the same" read "calves tighten at the same mile", a red flag)
    ("both calves look the same, cool to the touch", "exertional_leg_pain", "not stated"),
    ("both calves tighten at the same mile every run and ease when I stop", "exertional_leg_pain", True),
    # --- a tests fault denied counts judged and gone in other words
    # a negation right before a self-test's fault word is its normal result
    ("my achilles is stiff, but on calf raises one side isn't weaker", "calf_raise_low", False),
    ("my back aches, but my side plank isn't shorter on one side", "side_plank_short", False),
    ("my hip aches on runs, side lying leg lifts aren't hard", "weak_side_lying_leg_lift", False),
    ("side plank is not even, one side is short", "side_plank_short", True),
    # "only" or "barely" before a count below the median is the runner's verdict of few
    ("i can only do 12 single leg calf raises", "calf_raise_low", True),
    ("i can only do 30 single leg calf raises", "calf_raise_low", False),
    ("did 12 calf raises", "calf_raise_low", None),
    # "non" negates the word after it; "non stop" is all the time
    ("pt has heel pain; metatarsals non tender", "forefoot_bone_pain", False),
    ("my knee is non stop sore", "knee_pain", True),
    ("non-stop knee pain", "knee_pain", True),
    # gone, said as no longer there or a thing of the past ("the past few weeks" stays a time)
    ("The heel pain is no longer there, it cleared up over the summer.", "heel_pain", False),
    ("Calf cramps are a thing of the past since I started taking salt", "calf_cramps", False),
    ("knee pain for the past few weeks", "knee_pain", True),
    ("the first steps in the morning are nothing special, no stiffness at all", "morning_stiffness", False),
    # a comma's clause that only says fine is said of the body part before it
    ("The Achilles cord itself, higher up, is fine", "achilles_pain_above_heel", False),
    ("knee hurts, ok", "knee_pain", True),
    # --- words for a normal push off and the bladder
    # "snappy" is the opposite of a weak push-off; "wee" is the bladder
    ("Push-off feels snappy and I can still kick hard at the end", "weak_push_off", False),
    ("my push off is weak", "weak_push_off", True),
    ("wee and bowels working normally, same as always", "bladder_bowel_change", False),
    ("I can't hold my wee", "bladder_bowel_change", True),
    # --- a tests normal result beats its name
    # a normal result found whole says more than the test's name beside it
    ("the hanging leg rests on the bench in the thomas test", "thomas_test_positive", False),
    ("thomas test: thigh drops right down onto the bed both sides", "thomas_test_positive", False),
    ("thomas test positive, thigh stays up", "thomas_test_positive", True),
    ("did the thomas test", "thomas_test_positive", None),
    # --- a fault needs its word and how a test was done is no result
    # the word that says the fault, left out, leaves no fault
    ("he powers up climbs", "weak_uphill", "not stated"),
    ("I lose power on climbs", "weak_uphill", True),
    ("knackered all the time and dropped 4 kg without trying", "low_energy_intake", True),
    # "slow", "in front of the mirror" only name how a self-test was done: its result comes after
    ("single leg squat in the mirror, my knee goes in past my big toe", "single_leg_squat_knee_in", True),
    ("did slow single leg squats, knee stays over the foot and hips stay level", "single_leg_squat_knee_in", False),
    # --- a normal state pointing back borrows the body part
    # a short clause that points back and says a normal state speaks of the body part before
    ("i twisted my knee but it stayed normal size", "knee_swelled_after_twist", False),
    # ... not after a complaint: the pain stays
    ("my knee hurts, it's fine on the flat", "knee_pain", True),
    # --- a self test not done has no result
    # a self-test not done gives no result: never the hop test's pain (a red flag) denied
    ("I haven't done the hop test", "pain_on_hopping", None),
    # (a squat not tried is not known, as the test's name is: never its fault denied)
    ("never tried a single leg squat", "single_leg_squat_knee_in", None),
    ("never tried the single leg squat test", "single_leg_squat_knee_in", None),
    ("hopping doesn't hurt", "pain_on_hopping", False),
    # --- form answers lists and negations in other words
    # a form's bare no answers the whole label: its list, its question number, "e.g." inside it
    ("Numbness around groin, buttocks or inner thighs: none", "saddle_numbness", False),
    ("Q4 have you ever passed out during or just after a race? No", "fainting_with_exercise", False),
    ("Q6 chest discomfort on exertion, e.g. climbing hills: never experienced", "chest_pain_with_exercise", False),
    ("Q11 warm, puffy, sore calf since your flight? none", "calf_swollen_warm_tender", False),
    ("Q12 previous bone stress injuries (stress reactions, stress fractures): 0", "previous_bone_stress_injury", False),
    ("ankle pain during runs - zero", "ankle_pain", False),
    ("knee hurts, swelling: none", "knee_pain", True),
    ("knee hurts, swelling? none", "knee_pain", True),
    ("heel pain (sole, arch), knee fine", "heel_pain", True),
    # "ruled out" negates; "even" before "in" is an adverb, not the normal state
    ("bone scan ruled out a stress fracture in my foot", "pinpoint_bone_pain", False),
    ("race went fine, foot never started slapping or dragging even in the last 5k", "foot_drop_or_weakness", False),
    ("calves match in size and neither one is warm or tender", "calf_swollen_warm_tender", False),
    # "3 meals" is no skipping meals (and "eating properly" denies under-fuelling: set 67)
    ("eating properly this block, 3 meals plus snacks, not tired at all", "low_energy_intake", False),
    ("3 meals plus snacks", "low_energy_intake", "not stated"),
    ("I'm skipping meals", "low_energy_intake", True),
    # --- clinicians negations and decimals
    # clinicians' negations and findings: "nil", "negative for", "absent", "none of them"
    ("none of the kids has ever had a stress fracture", "previous_bone_stress_injury", False),
    ("no physio could find the problem with my achilles", "achilles_pain", True),
    ("negative for saddle anaesthesia", "saddle_numbness", False),
    ("nil urinary retention or incontinence", "bladder_bowel_change", False),
    ("nil pain on hop test today", "pain_on_hopping", False),
    ("knee effusion absent, sweep test negative", "swelling", False),
    ("upper back and shoulders untouched even with the vest", "shoulders_upper_back_sore", False),
    # a decimal point ends no clause
    ("Ran 10.5k. knee fine", "knee_pain", False),
    # --- amounts shorthand and present in other words
    # "a good 10cm" says how much, not fine
    ("the soreness runs down the inner shin bone for a good 10cm, it's a long strip", "shin_pain_long_stretch", True),
    ("knee is good", "knee_pain", False),
    # clinicians' shorthand: "hx" is history, "LBP" low back pain, "hrs" hours
    ("hx: tibial stress fracture 2019", "previous_bone_stress_injury", True),
    ("hx: tibial stress fracture 2019", "pinpoint_bone_pain", "not stated"),
    ("LBP after sunday long run, 4/10", "low_back_pain", True),
    ("pt 28M, reports knee swelled up within 2 hrs of twisting it", "knee_swelled_after_twist", True),
    ("Track. push off feels flat, can't find another gear", "weak_push_off", True),
    ("on big trail days my quads start burning within the first hour", "quads_tire_long_runs", True),
    # --- a negated list goes on past its commas (test drive): items of one word, or ended by "and"
    ("pt denies CP, SOB, syncope", "fainting_with_exercise", False),
    ("no chest pain, fainting, palpitations", "palpitations_with_exercise", False),
    ("Negative for numbness, night pain and swelling", "pain_at_night", False),
    ("no swelling, knee hurts", "knee_pain", True),
    ("no swelling, hurts on stairs", "pain_around_kneecap", True),
    ("no numbness, my knee hurts and aches", "knee_pain", True),
    # --- a period's flag needs the period said: "went away" alone is no "period went away"
    ("Shin hurts on runs, went away when I stopped", "missed_periods", "not stated"),
    ("my period went away", "missed_periods", True),
    # --- periods that stopped at the menopause are not the energy-deficiency sign (test drive 7)
    ("I went through menopause, no periods", "missed_periods", "not stated"),
    ("I'm 52F and post-menopausal, periods stopped years ago", "missed_periods", "not stated"),
    ("my periods stopped since I upped my mileage", "missed_periods", True),
    # --- a fluttery heartbeat is palpitations (test drive 7)
    ("I've had a funny fluttery heartbeat during runs twice this week", "palpitations_with_exercise", True),
    # --- what a pain is like names no body part (test drive 7)
    ("pain under heel on first step in the mornin, sharp, calf isnt tight", "calf_sudden_pain", "not stated"),
    ("sharp twinge in my calf at mile 5, had to stop", "calf_sudden_pain", True),
    # --- a form's label of a body part alone asks of its pain (set 19)
    ("Groin: clear", "hip_or_groin_pain", False),
    ("Lateral hip: all clear", "outer_hip_pain", False),
    ("Left knee: fine", "knee_pain", False),
    ("Knee: sore", "knee_pain", True),
    ("Swelling: clear", "swelling", False),
    # --- no pain at a place denies the red flag of a pain there that worsens (set 19)
    ("no groin pain, standing on one leg is fine", "groin_pain_worsening", False),
    ("groin pain after running", "groin_pain_worsening", "not stated"),
    # --- the other side fine is the other side's result, not this one's (set 19: read normal)
    ("side-lying leg raises, I can barely lift the top leg on my left side, right is fine",
     "weak_side_lying_leg_lift", True),
    ("single leg squat: left knee dives in, right is fine", "single_leg_squat_knee_in", True),
    # --- a number's clause that goes on still gives the test its number (set 19: read normal)
    ("calf raise test on the step: 28 on the right, only 11 on the left before it gave out", "calf_raise_low", True),
    ("side plank hold 55s L, 58s R", "side_plank_short", False),
    ("outer hip is sore; i can do 15 side leg lifts on each side easily", "weak_side_lying_leg_lift", False),
    # --- "back of" is a place on the part named after it, not the back (test drive 7)
    ("pain in the back of my leg. I do not have back pain.", "low_back_pain", False),
    ("backs of my thighs are tight and sore after every run", "low_back_pain", "not stated"),
    ("pain at the back of my heel", "achilles_pain", True),
    ("my back is stiff after runs", "low_back_pain", True),
    # --- a descent must be said for the downhill knee (test drive 7: "complains" read it)
    ("he complains his knees hurt after football", "downhill_knee_pain", "not stated"),
    ("my knees complain on descents", "downhill_knee_pain", True),
    # --- since a recent time is now, not history (test drive 7)
    ("I've had a pulled calf since Sunday, it hurts to push off", "calf_sudden_pain", True),
    ("I've had a pulled calf since Sunday, it hurts to push off", "previous_calf_strain", "not stated"),
    ("never had a calf strain before", "previous_calf_strain", False),
    # --- a mid-clause "it" that something happened to is the body part before (test drive 7)
    ("My calf feels tight after runs. Last week after the long flight from Tokyo it got swollen and red and hot",
     "calf_swollen_warm_tender", True),
    ("My calf feels tight after runs. After the long flight it felt fine", "calf_swollen_warm_tender", False),
    # --- a short no's own words stay after a one-word label (set 19)
    ("Footwear: no recent change", "switched_to_minimal_shoes", False),
    ("Q6 chest discomfort on exertion, e.g. climbing hills: never experienced", "chest_pain_with_exercise", False),
    # --- from test drive 8 (each referred an everyday story urgently)
    # a body part named only in a denial is no body part a red flag elsewhere could be of
    ("Standing on one leg to put my jeans on hurts. No groin pain.", "groin_pain_worsening", False),
    ("my groin hurts. it also hurts when I stand on that leg", "groin_pain_worsening", True),
    # a negation never reaches past "and" into a thing said fine
    ("It doesn't wake me at night and hopping on it is fine", "pain_on_hopping", False),
    ("It doesn't wake me at night and hopping on it is fine", "pain_at_night", False),
    # "the same point in every run" is a time in the run, not a point on a bone
    ("my outer knee hurts at the same point in every run", "pinpoint_bone_pain", "not stated"),
    ("it doesn't come on at any set point in the run", "exertional_leg_pain", False),
    # a short clause that ends with its only negation, as some write it in a second language
    ("Swelling not. Pain in night not. Numb not.", "swelling", False),
    ("Swelling not. Pain in night not. Numb not.", "numbness_tingling", False),
    ("my hamstrings are tight but my glutes aren't", "glutes_tight", False),
    # --- a list of what a body part is, after a comma, is said of it (test drive 8)
    ("after a 14 hour flight my right calf is hot, swollen and tender", "calf_swollen_warm_tender", True),
    ("since the flight one calf is hot, puffy and tender to touch", "calf_swollen_warm_tender", True),
    ("my calf is hot, red and sore", "calf_swollen_warm_tender", True),
    # ... a list of what was done says no symptom; a denied list stays denied
    ("my calf is hot, I ran and swam today", "calf_swollen_warm_tender", "not stated"),
    ("my calf is fine, no swelling or heat", "calf_swollen_warm_tender", False),
    ("my knee is sore, swollen and stiff", "swelling", True),
    # --- a denial in a situation denies the observation that is that situation's case
    # (observations' `narrows` and `situation`: "knee pain downhill" is knee pain on descents)
    ("bombed down the hill today and my knees didn't mind", "downhill_knee_pain", False),
    ("my knees don't hurt on the flat", "downhill_knee_pain", "not stated"),
    ("knee didn't swell after I went over on it", "knee_swelled_after_twist", False),
    ("the swelling went away", "knee_swelled_after_twist", "not stated"),
    ("pressed along my shin bones, nothing tender", "pinpoint_bone_pain", False),
    ("stood on the sore leg for 30 seconds and the outside of the hip didn't hurt", "single_leg_stance_hip_pain", False),
    ("stood on one leg for 30 seconds, steady", "wobbles_on_one_leg", False),
    ("did 5 one-leg squats and the knee didn't cave", "single_leg_squat_knee_in", False),
    # (a situation in another sentence is no part of the denial)
    ("I pressed the bump on my heel. My shin doesn't hurt.", "pinpoint_bone_pain", "not stated"),
    # (nor when what it narrows is said to be there: a sore spot on the shin stays open)
    ("the top of my foot is fine to press, but my shin hurts", "pinpoint_bone_pain", "not stated"),
    ("the top of my foot is fine to press, but my shin hurts", "shin_pain", True),
    # (nor across "but": "fine on the flat but the descents wreck it" is no denial of descents)
    ("knee is fine on the flat but the descents absolutely wreck it", "downhill_knee_pain", "not stated"),
    # (nor from a clause next to it that says a complaint of its own)
    ("knee pain comes on going downhill, no pain on the flat", "downhill_knee_pain", True),
    # (said to be there in the situation, it states the narrower one where that says so:
    # `stated_in_situation`; chest pain from a run that still hurts is chest pain now)
    ("my chest still hurts now, an hour after my run", "acute_chest_pain", True),
    ("chest pain on my run, still hurting", "acute_chest_pain", True),
    ("I still get chest pain on hills", "acute_chest_pain", "not stated"),
    ("my chest hurt on the hill but it eased when I stopped", "acute_chest_pain", False),
    ("pressing along my shin hurts", "pinpoint_bone_pain", "not stated"),
    # --- a red flag whose own text excludes a common pattern yields to it (`yields_to`)
    # (gluteal tendinopathy: outer hip pain lying on that side at night is no night-pain red flag)
    ("the outside of my hip hurts when I lie on it at night", "pain_at_night", "not stated"),
    ("the outside of my hip hurts when I lie on it at night", "pain_sitting_or_lying_on_side", True),
    ("pain on the outside of my hip at night, especially lying on that side", "pain_at_night", "not stated"),
    ("pain on the outside of my hip at night, especially lying on that side", "pain_sitting_or_lying_on_side", True),
    # "for the last two weeks" runs to now, and "going down stairs" is no swelling "gone down":
    # together they read a teenager's knee pain over (test drive 40)
    ("For the last two weeks the front of her knee aches, worst going down stairs", "knee_pain", True),
    ("my knee swelled last week, gone down a lot since", "swelling", False),
    # (test drive 40) a masters runner's calf "grab" is the strain; an aim to lose weight is no
    # weight lost without trying (the RED-S referral); "can't run downhill" is the pain there
    ("felt a sudden sharp grab in my left calf on a stride, had to stop", "calf_sudden_pain", True),
    ("started running a month ago to lose weight", "low_energy_intake", "not stated"),
    ("trying to lose 2 stone", "low_energy_intake", "not stated"),
    ("I started to lose weight without trying", "low_energy_intake", True),
    ("now i cant run downhill at all", "downhill_knee_pain", True),
    ("can't say downhills are worse", "downhill_knee_pain", False),
    ("i can run downhill fine", "downhill_knee_pain", False),
    # a body part alone after "and"/"or" has the complaint before it, denied with it; not after a
    # contrast (test drive 40 left "... both knees and my left shin" unread)
    ("I've got a niggle in both knees and my left shin", "shin_pain", True),
    ("no pain in my knee or my shin", "shin_pain", False),
    ("it's not my knee, it's my shin", "shin_pain", True),
    ("it's not my knee, it's my shin", "knee_pain", False),
    # a fault's phrase whose only pain is a word of a normal state found whole yields to it (set 58
    # read the compartment-syndrome emergency from a denial of it)
    ("the leg pain settles with rest and moving my toes doesnt make it worse", "severe_leg_pain_after_exercise", False),
    ("the leg pain settles with rest and moving my toes is agony", "severe_leg_pain_after_exercise", True),
    # "hasn't gone anywhere" is a pain that goes on, no "no pain anywhere"; "haven't gone anywhere
    # near minimal shoes" is a way not gone (set 58 read the switch present)
    ("the pain hasn't gone anywhere", "no_complaints", "not stated"),
    ("my knee pain hasnt gone anywhere, still sore every run", "knee_pain", True),
    ("havent gone anywhere near minimal or barefoot shoes", "switched_to_minimal_shoes", False),
    # "X doesn't either" at a clause's end says the denial before again of X (set 58 read the pain
    # lying on the side from a normal negated); not of "it"
    ("long car journeys dont set it off, and sleeping on that side doesnt either", "pain_sitting_or_lying_on_side", False),
    # a position that "makes no difference" is fine; rest that makes none is not (set 57)
    ("lying on the sore side makes no difference, neither does sitting thru a movie", "pain_sitting_or_lying_on_side", False),
    ("sitting down to rest makes no difference, it still throbs", "pain_sitting_or_lying_on_side", "not stated"),
    # a fever said beside a joint's swelling read present is the infected-joint red flag, in any
    # clause (test drive 41: "within a few days" for a swollen knee with a temperature); not a
    # fever denied, over, or the weather
    ("knee swollen, running a temperature, feel rough", "hot_swollen_joint_fever", True),
    ("feel shivery and feverish, knee swollen and hurts", "hot_swollen_joint_fever", True),
    ("knee swollen, no fever", "hot_swollen_joint_fever", False),
    ("knee is swollen. I had a fever last year", "hot_swollen_joint_fever", "not stated"),
    ("my knee swelled up, ran in the high temperature", "hot_swollen_joint_fever", "not stated"),
    ("feverish and achy all over", "hot_swollen_joint_fever", "not stated"),
    # "went straight into", "went back to", "went on": ways, not gone (test drive 41 read a switch
    # to barefoot shoes over from "... 2 weeks ago and went stright into my usual 10k runs")
    ("switched to barefoot shoes 2 weeks ago and went stright into my usual 10k runs", "switched_to_minimal_shoes", True),
    # a denial of another symptom is none of the doing's pain said before (test drive 41)
    ("Pain round and behind my kneecap, worst going down stairs and after sitting through a film. No swelling at all",
     "pain_sitting_or_lying_on_side", True),
    ("sitting through a long film, no pain at all", "pain_sitting_or_lying_on_side", False),
    # "at any point" is any time, no point on a bone (test drive 41 read nothing of "No pop or snap
    # at any point"); a pain that "kicks in" comes on, no kick in the calf
    ("No pop or snap at any point, he can hop on it fine", "achilles_snap", False),
    ("the pain doesn't kick in until 5k", "calf_sudden_pain", "not stated"),
    ("it felt like someone kicked me in the calf", "calf_sudden_pain", True),
    ("felt like I was kicked in the back of the ankle", "achilles_snap", True),
    # (set 59, spent) a knee that "blew up" after a twist is the red flag; kit that leaks is no
    # bladder; "nowt" is nothing; "never had X before, now every single run" is X now
    ("Twisted my knee and it blew up within a couple of hours.", "knee_swelled_after_twist", True),
    ("waterproof jacket recommendations for winter? current one leaks", "bladder_bowel_change", "not stated"),
    ("my bladder leaks now", "bladder_bowel_change", True),
    ("nowt swollen as far as i can see", "swelling", False),
    ("never had shin splints before, now every single run", "shin_pain", True),
    ("never had groin trouble before but now it aches after every run", "groin_pain_worsening", "not stated"),
    # --- a denial that makes another's own text untrue denies it too (`denied_with`): walking
    # that does not hurt is no limp because of the pain (sets 41-56 read only the walking)
    ("walking doesn't hurt, it's only when I run", "limping", False),
    ("walking doesn't hurt, it's only when I run", "pain_when_walking", False),
    ("walking doesn't hurt but I limp from the stiffness", "limping", True),
    ("I walk normally", "pain_when_walking", "not stated"),
    # (the waking said of rolling onto it, after lying on that side said in its own clause: test drive 40)
    ("I can't lie on that side at night anymore, it wakes me if I roll onto it", "pain_at_night", "not stated"),
    ("I can't lie on that side at night anymore, it wakes me if I roll onto it", "pain_sitting_or_lying_on_side", True),
    # (said of any position, it stays: a red flag)
    ("my hip wakes me at night whatever side I lie on", "pain_at_night", True),
    ("my hip hurts lying on it at night, and it even wakes me when I lie on my back", "pain_at_night", True),
    ("my hip hurts at night", "pain_at_night", True),
    # (a sentence of its own is a statement of its own)
    ("my hip hurts at night. It also hurts lying on it", "pain_at_night", True),
    # (one sore spot on a bone yields to shin pain along a long stretch read from the same words:
    # "sore along the inside of the bone" is shin splints, not a stress fracture; test drive 9)
    ("shins r killing me after track sessions, sore along the inside of the bone", "pinpoint_bone_pain", "not stated"),
    ("shins r killing me after track sessions, sore along the inside of the bone", "shin_pain_long_stretch", True),
    ("my shins are sore along the inside, and one spot on the bone really hurts when I press it",
     "pinpoint_bone_pain", True),
    # ("tender over a broad area" is the long stretch, and "any single spot" is no position lain in)
    ("pressing up and down the bone it's tender over a broad area, I can't find any single spot that's sharper",
     "pinpoint_bone_pain", "not stated"),
    # (and to Achilles pain at the heel bone: the tender spot placed where the tendon attaches
    # is the insertion, also when "it" borrows the place from the sentence before)
    ("tender to press right at the heel bone where the tendon attaches", "pinpoint_bone_pain", "not stated"),
    ("tender to press right at the heel bone where the tendon attaches", "achilles_pain_at_heel_bone", True),
    ("Pain at the back of my heel right where the achilles attaches to the bone. It's tender to press there", "pinpoint_bone_pain",
     "not stated"),
    ("one spot on my heel bone is really tender to press, the achilles is fine", "pinpoint_bone_pain", True),
    # --- "especially ..." goes on with the complaint before it, but not to a time in a run
    ("my knee hurts, especially on stairs", "pain_around_kneecap", True),
    ("aching on the outside of my hip, especially after longer runs", "pain_only_after_runs", "not stated"),
    ("my knee doesn't hurt, especially on stairs", "pain_around_kneecap", "not stated"),
    # --- from test drive 9
    ("I tweaked my calf on a hill sprint yesterday, sharp pain pushing off", "calf_sudden_pain", True),
    ("went from 3 to 5 runs a week", "recent_mileage_increase", True),
    ("I run 4 days a week instead of 2", "recent_mileage_increase", True),
    ("I run 4 days a week instead of 5", "recent_mileage_increase", False),
    ("im new to speedwork", "recent_mileage_increase", True),
    ("Pt denies numbness.", "numbness_tingling", False),
    ("Banged the outside of my knee falling on a trail run, it's swollen", "knee_caves_in", "not stated"),
    ("Banged the outside of my knee falling on a trail run, it's swollen", "outer_knee_pain", True),
    ("my knee falls in when I land", "knee_caves_in", True),
    ("on single-leg squats my knee doesn't fall inwards", "knee_caves_in", False),
    # (a test denied in its situation is not also read present from the words before the negation)
    ("single leg squat: knee doesn't fall in", "single_leg_squat_knee_in", False),
    ("did single leg squats, the knee didn't fall in", "single_leg_squat_knee_in", False),
    ("on the squat my knee caves in and doesn't give way", "single_leg_squat_knee_in", True),
    ("The bony bump at the back of my heel is sore", "outer_hip_bony_point_tender", "not stated"),
    ("The bony bump at the back of my heel is sore", "achilles_pain_at_heel_bone", True),
    ("the bony point on the outside of my hip is really tender to press", "outer_hip_bony_point_tender", True),
    ("the bony point on the outside of my hip is really tender to press", "pinpoint_bone_pain", "not stated"),
    # --- "last year", "last season": a past that is over, as "used to" is (test drive 8)
    ("My knee was swollen last year but not anymore", "swelling", False),   # (gone now: test drive 27)
    ("my son's shins were sore last season", "shin_pain", "not stated"),
    ("my knee has been swollen since last year", "swelling", True),
    ("my knee swelled up last week", "swelling", True),
    ("i strained my calf last year", "previous_calf_strain", True),
    ("i strained my calf last year", "calf_sudden_pain", "not stated"),
    ("i had a stress fracture last year", "previous_bone_stress_injury", True),
    ("I'm 45 and started running last year", "previous_bone_stress_injury", "not stated"),
    ("I'm 45 and started running last year", "previous_calf_strain", "not stated"),
    # --- an age is a measure of still_growing: under 16 says it, 18 and over denies it (test drive 9)
    ("my 14-year-old has sore heels", "still_growing", True),
    ("my 14yo son's heels hurt after cross country", "still_growing", True),
    ("aged 12, heel pain after football", "still_growing", True),
    ("I'm a 42 year old runner with a sore heel", "still_growing", False),
    ("my son is 17 years old", "still_growing", None),
    ("I've been running for 14 years", "still_growing", "not stated"),
    ("she's in a growth spurt", "still_growing", True),
    # a bare number said of a person is an age too (test drive 11: "she's 13" was the adult programme)
    ("my daughter is 12 and her heel hurts", "still_growing", True),
    ("she's 13, heel pain after netball", "still_growing", True),
    ("my kid (11) has sore heels", "still_growing", True),
    ("teenage son, 14, achilles pain", "still_growing", True),
    ("my son who just turned 13 has heel pain", "still_growing", True),
    ("im 15 and my heels hurt", "still_growing", True),
    ("U13 girls with heel pain", "still_growing", True),
    ("U13 girls with heel pain", "is_female", True),
    ("my lad (12) has sore heels", "still_growing", True),
    # (the spelling matcher took "lad" for "lady"; a lad is the runner another person writes for, a boy)
    ("my lad (12) has sore heels", "is_female", False),
    ("U18 squad, heel pain", "still_growing", None),
    ("I'm 45 and my heel hurts", "still_growing", False),
    ("female, 28, sore heel", "is_female", True),
    ("female, 28, sore heel", "still_growing", False),
    # ... and never a count, a time or a height
    ("my 10 year old shoes are worn out and my heel hurts underneath", "still_growing", "not stated"),
    ("my 10 year old has heel pain", "still_growing", True),
    ("I'm a 42 year old runner", "still_growing", False),
    ("I'm a 42 year old runner", "is_female", "not stated"),
    ("she is 5 weeks postpartum and her heel hurts", "still_growing", "not stated"),
    ("I'm up at 5 am and my heel hurts", "still_growing", "not stated"),
    ("I'm 10k into my run when the heel starts", "still_growing", "not stated"),
    ("she's 5'4 and her heel hurts", "still_growing", "not stated"),
    ("he is 6 foot and his heel hurts", "still_growing", "not stated"),
    # --- chest pain that went on after stopping is the emergency (test drive 11: read urgent)
    ("chest pain still there after I stopped", "acute_chest_pain", True),
    ("the chest pain carried on after I stopped", "acute_chest_pain", True),
    ("chest tightness lasted 20 minutes after I stopped", "acute_chest_pain", True),
    ("the chest pain stopped when I stopped", "acute_chest_pain", False),
    # ... and no exertional leg pain: a leg must be said (it was read beside the chest pain)
    ("the chest pain stopped when I stopped", "exertional_leg_pain", "not stated"),
    ("chest pain on hills, it went away when I stopped", "acute_chest_pain", "not stated"),
    # --- a time alone is no history: "X a year ago" synonyms made "started running 2 years
    # ago" a previous stress fracture (a red flag's context)
    ("I started running 2 years ago and my knee hurts", "previous_bone_stress_injury", "not stated"),
    ("I started running 2 years ago and my knee hurts", "previous_calf_strain", "not stated"),
    ("stress fracture a year ago", "previous_bone_stress_injury", True),
    ("calf tear 2 years ago", "previous_calf_strain", True),
    ("calf tear 2 years ago", "calf_sudden_pain", "not stated"),
    ("calf tear yesterday on the track", "calf_sudden_pain", True),
    # --- the runner saying they are a man, in the first person only (spent sets' misses)
    ("i'm a guy", "is_female", False),
    ("I'm a bloke, 38, started running last spring.", "is_female", False),
    ("im a 45 yr old bloke", "is_female", False),
    ("the guy at the running shop said my knee caves in", "is_female", "not stated"),
    ("my coach is a man who never runs", "is_female", "not stated"),
    # --- from test drive 10: typed without punctuation, a subject said to be fine after a
    # complaint is its own clause (the "fine" denied red flags before it)
    ("chest tight on hills legs fine", "chest_pain_with_exercise", True),
    ("my chest gets tight on hills otherwise im fine", "chest_pain_with_exercise", True),
    ("calf swollen and hot since the flight walking ok", "calf_swollen_warm_tender", True),
    ("groin pain getting worse every run walking ok", "groin_pain_worsening", True),
    ("pulled my calf at the track yesterday tight and sore walking ok", "calf_sudden_pain", True),
    ("sore achilles in the morning everything else good", "achilles_pain", True),
    ("heel pain first steps in the morning rest of the day fine", "pain_at_rest", "not stated"),
    ("knees and hips fine", "knee_pain", False),
    ("the back of the heel bone is fine", "achilles_pain_at_heel_bone", False),
    ("the leg pain calms right down with rest and moving my toes is fine", "pain_at_rest", False),
    # ... a normal item after a denied list is its own statement (read the red flag present)
    ("Denies radiating pain, denies saddle anaesthesia, bladder and bowel normal.", "bladder_bowel_change", False),
    ("no numbness, tingling or weakness", "numbness_tingling", False),
    # ... a heart rate that jumps out of step with the effort, not one that rises on hills
    ("My heart goes racing at 200 out of nowhere during easy runs", "palpitations_with_exercise", True),
    ("my heart rate jumps to 210 on an easy jog", "palpitations_with_exercise", True),
    ("my heart rate jumps on hills", "palpitations_with_exercise", "not stated"),
    # ... sore all along the bone is no one sore spot
    ("shins sore to touch all along the bone", "pinpoint_bone_pain", "not stated"),
    ("shins sore to touch all along the bone", "shin_pain_long_stretch", True),
    ("one spot on my shin bone is sore to touch", "pinpoint_bone_pain", True),
    # ... "normal miles", "went up", "went straight": no fine and no gone
    ("switched to zero drop shoes a month ago and went straight into my normal miles", "switched_to_minimal_shoes", True),
    ("my mileage went up a lot this month", "recent_mileage_increase", True),
    ("the pain went away", "recent_mileage_increase", "not stated"),
    # ... which side, before the body part, splits no phrase (but a red flag's stays tight)
    ("the outside of my left knee gets a sharp burning pain", "outer_knee_pain", True),
    ("filmed from behind and my left hip drops every time I land on the right foot", "foot_drop_or_weakness", "not stated"),
    # ... new speed or hill work is a rise in load; a session alone is not, nor "no speed work"
    ("started hill repeats last month", "recent_mileage_increase", True),
    ("I started intervals 3 weeks ago", "recent_mileage_increase", True),
    ("shins ache after intervals", "recent_mileage_increase", "not stated"),
    ("never did speed work before", "weak_push_off", "not stated"),
    ("no extra miles, no speed work, no hills", "weak_push_off", "not stated"),
    ("no pain at nite", "pain_at_night", False),
    # --- from set 21 (read, then spent): a list of what never happened is no doer
    ("Jamie (14) has never broken anything or had a stress fracture", "previous_bone_stress_injury", False),
    ("no physio could find the problem with my achilles", "achilles_pain", True),
    # ... "perfect" is fine, and "rather than" negates what follows
    ("Achilles was perfect going up, it's my lungs that are rubbish", "achilles_pain", False),
    ("the groin niggle feels the same every run rather than building", "groin_pain_worsening", False),
    ("it hurts during runs rather than after", "pain_only_after_runs", False),
    # ... said in the past, then gone now in the same sentence: gone
    ("It was swollen last month but the puffiness has gone down, looks normal now", "swelling", False),
    ("my knee is swollen but the pain has settled", "swelling", True),
    ("my knee was swollen but it has gone down a bit and it still hurts", "swelling", True),
    # ... a question gives way to an answer that denies it, never to one that does not
    ("Any giving way of the knee? It has always felt stable", "joint_gives_way", False),
    ("Night pain? Occasionally when I roll over", "pain_at_night", True),
    ("Night pain? yes", "pain_at_night", True),
    # ... a red flag's "new weakness" needs the weakness; a wee hard to start is the bladder flag
    ("since the back pain started I've had trouble starting a wee, which is new", "foot_drop_or_weakness", "not stated"),
    ("since the back pain started I've had trouble starting a wee, which is new", "bladder_bowel_change", True),
    ("new weakness in my foot", "foot_drop_or_weakness", True),
    # --- from test drive 11: "all good otherwise", "rest ok" are tails too (they denied red flags)
    ("numb around my bum and groin since yesterday all good otherwise", "saddle_numbness", True),
    ("chest tight on the hill reps all good otherwise", "chest_pain_with_exercise", True),
    ("groin pain worse every run rest ok", "groin_pain_worsening", True),
    # ... a question answered with a negation is a no, whatever the words after it
    ("Hip pain. Any numbness in the groin or bum? Nothing like that", "saddle_numbness", False),
    ("Calf pain. Is it swollen or hot? Neither", "swelling", False),
    ("Knee pain. Any swelling? Haven't seen any", "swelling", False),
    # ... the question mark of a sentence that asks reaches all its clauses, and "A:" labels the
    # answer; a short answer saying "normal" is a no (set 22 read three red flags from denials)
    ("Q: numbness in the saddle area, between the legs? A: none", "saddle_numbness", False),
    ("Q: bladder or bowel changes? A: all normal down there", "bladder_bowel_change", False),
    ("Q: any weakness in the foot, like it slaps down? A: no no the foot is fine", "foot_drop_or_weakness", False),
    ("Q: numbness in the saddle area, between the legs? A: yes since Monday", "saddle_numbness", True),
    ("Any numbness in the groin, or in the bum? Nothing like that", "saddle_numbness", False),
    # ... a statement before a question in the same sentence is still said
    ("My knee hurts on stairs, is that bad? No swelling though.", "knee_pain", True),
    ("Outer knee stabs at 6k every run, ITB? No idea", "outer_knee_pain", True),
    # ... "woke me" is told in the past: gone when the sentence says nights are fine now (set 22)
    ("first week it woke me up at night but now nights are fine, I sleep through", "pain_at_night", False),
    ("it woke me up last night", "pain_at_night", True),
    ("the pain woke me at 3am", "pain_at_night", True),
    # ... "done" is a stopword: "done growing" was "still growing"
    ("she is 19 now, done growing", "still_growing", False),
    ("the women in my club group", "still_growing", "not stated"),
    # ... a clause that is only a subject goes on past "and": "my achilles and my heel are fine"
    # read achilles pain from "my achilles" (set 22)
    ("my achilles and my heel are fine", "achilles_pain", False),
    ("my achilles and my heel are fine", "heel_pain", False),
    ("the outer knee and the side of the thigh feel fine the whole run", "outer_knee_pain", False),
    ("my knee and my hip hurt", "hip_or_groin_pain", True),
    ("my knee aches and my hip is fine", "knee_pain", True),
    # ... legs that feel they will burst at the same time every run (set 22); plain tightness is no red flag
    ("every run right around 15 minutes both shins go tight like they will burst, I stop and 5 minutes later its gone",
     "exertional_leg_pain", True),
    ("my legs tighten at the same time every run", "exertional_leg_pain", True),
    # (shins, not calves or hamstrings, that go tight at a time into the run are the sign: session
    # 30 read eleven such stories of the spent sets, none read before, and no denial the wrong way)
    ("my shins get tight after 10 minutes of running", "exertional_leg_pain", True),
    ("my calves get tight after 10 minutes of running", "exertional_leg_pain", "not stated"),
    ("my legs feel heavy", "exertional_leg_pain", "not stated"),
    # ... a past the sentence then says is over is absent now; never a history or an episode (set 22)
    ("had numbness in my toes last year, gone now", "numbness_tingling", False),
    ("I had knee pain last week but it's gone now", "knee_pain", False),
    ("had pins and needles in the foot in the spring, feeling is normal now", "numbness_tingling", False),
    ("had numbness in my toes last year", "numbness_tingling", "not stated"),
    ("I had a stress fracture in 2019, healed now", "previous_bone_stress_injury", True),
    ("chest pain on the hill yesterday, gone now", "chest_pain_with_exercise", True),
    ("my knee hurts, it's fine now when I walk", "knee_pain", True),
    # --- test drive 12: spoken words, typed without punctuation
    ("my groin pain keeps getting worse every run I can still jog fine", "groin_pain_worsening", True),
    ("like my heel hurts first thing in the morning um I can walk on it fine no problem", "heel_pain", True),
    ("my shins hurt all along the bone, it started when I went from 15 to 30 miles a week", "shin_pain", True),
    ("my shins hurt all along the bone, it started when I went from 15 to 30 miles a week",
     "recent_mileage_increase", True),
    ("since last week there's numbness down the back of my leg into my foot", "saddle_numbness", "not stated"),
    ("since last week there's numbness down the back of my leg into my foot", "numbness_tingling", True),
    ("I'm numb down there since yesterday", "saddle_numbness", True),
    ("the pain goes down my leg", "pain_eases_after_warmup", "not stated"),
    ("my heart beats really fast out of nowhere on easy runs", "palpitations_with_exercise", True),
    ("My heart is beating very fast suddenly during easy run, like 200, without reason",
     "palpitations_with_exercise", True),
    ("my heart beats fast on hills", "palpitations_with_exercise", "not stated"),
    ("it hurts to go up on my toes", "numbness_tingling", "not stated"),
    ("she is thirteen and the back of her heels hurt", "still_growing", True),
    ("my knee stings on the outside after 8 miles", "outer_knee_pain", True),
    ("my hamstrings are tight as guitar strings after every run", "pain_only_after_runs", "not stated"),
    ("I upped my miles a lot", "recent_mileage_increase", True),
    ("I upped my miles a lot", "shoulders_tense", "not stated"),
    # ... "okay so" is a filler, no "fine" (set 22): the night-pain red flag had read absent
    ("Night pain? Okay so it wakes me up every night", "pain_at_night", True),
    ("Okay so it wakes me up every night", "pain_at_night", True),
    ("I'm fine from the first step", "morning_stiffness", False),
    # --- test drive 13: a red-flag episode that ended still happened; "it's fine when walking"
    # after a complaint is a tail; the runner wondering states nothing
    ("had chest tightness on a hill but it went away", "chest_pain_with_exercise", True),
    ("I had knee pain but it went away", "knee_pain", False),
    ("achilles hurts when i run it's fine when walking", "achilles_pain", True),
    ("knee hurts when i run fine when walking", "knee_pain", True),
    ("heel hurts when running its fine at rest", "heel_pain", True),
    # (fine when walking says nothing of the knee on runs; test drive 55, see below)
    ("my knee is fine when walking", "knee_pain", "not stated"),
    ("my knee is fine when walking", "pain_when_walking", False),
    ("could this be a stress fracture? my shin aches after runs", "pinpoint_bone_pain", "not stated"),
    ("is it a stress fracture?", "pinpoint_bone_pain", "not stated"),
    ("what if it swells up? hamstring tight after intervals", "swelling", "not stated"),
    ("Is it swollen? Yes", "swelling", True),
    ("Is it swollen? Nothing like that", "swelling", False),
    # ... and a question asking for advice states nothing: "should I rest?" read the red flag
    ("My knee hurts when I run, should I rest?", "pain_at_rest", "not stated"),
    ("My knee hurts when I run, should I rest?", "knee_pain", True),
    # ... "NAD" (no abnormality detected) is fine; the back of the heel is no back
    ("Heel pain. Bladder/bowel NAD.", "bladder_bowel_change", False),
    ("my heel hurts at the back after running", "low_back_pain", "not stated"),
    ("heel pain and my lower back aches too", "low_back_pain", True),
    # --- set 23: over "stopped" right after it; "light headed" is one word; growth said by
    # "grown"; "F, 34" from a form; a weight glued to its unit; "good" before a length; a time
    # "into" a run for the leg that tightens at a set point
    ("the night aching stopped about a fortnight ago", "pain_at_night", False),
    ("the tingling has completely stopped", "numbness_tingling", False),
    ("sharp pain in the shin on the second hop so I stopped", "pain_on_hopping", True),
    ("had chest tightness on my run that didn't go away when I stopped", "acute_chest_pain", True),
    ("my periods stopped", "missed_periods", True),
    ("not fussed about abs, I run for my head", "fainting_with_exercise", "not stated"),
    ("I get light-headed at the end of runs", "fainting_with_exercise", True),
    ("stayed clear headed at the finish", "fainting_with_exercise", False),
    ("my daughter's 17 and hasn't grown in two years", "still_growing", False),
    ("she has grown 6 cm this year", "still_growing", True),
    ("he's all grown up now", "still_growing", False),
    ("my 12yo's heel hurts", "still_growing", True),
    ("F, 34, training for my 2nd marathon", "is_female", True),
    ("M, 55", "is_female", False),
    ("ran 5 m", "is_female", "not stated"),
    ("14 weeks postpartum and just started run-walk again", "is_female", True),
    ("lost 6kg without trying during the block", "low_energy_intake", True),
    ("the shin ache runs along the bone for a good hand's width, not one spot", "shin_pain_long_stretch", True),
    ("both lower legs go tight and burning at about 12 min into every run, gone 5 min after I stop",
     "exertional_leg_pain", True),
    ("my calves are tight for the first 10 minutes of every run", "exertional_leg_pain", "not stated"),
    ("went 5 months without a period earlier in the year, but they're back and regular now", "missed_periods", False),
    ("my thumb is bruised", "heel_pain", "not stated"),
    ("underside of the left heel feels like a stone bruise", "heel_pain", True),
    ("can't lie on my right side, the hip wakes me up", "pain_sitting_or_lying_on_side", True),
    ("can't sleep because my leg hurts at night", "pain_sitting_or_lying_on_side", "not stated"),
    # --- note 13's open items: the back of the heel is the Achilles; "downstairs" is stairs;
    # "went" alone says nothing is fine (it let "I went down the stairs" read kneecap pain)
    ("my heel hurts at the back", "achilles_pain", True),
    ("my heel hurts at the back", "heel_pain", "not stated"),
    ("my heel hurts and my back aches", "heel_pain", True),
    ("knee hurts going downstairs", "pain_around_kneecap", True),
    ("I went down the stairs", "pain_around_kneecap", "not stated"),
    ("I went downstairs", "pain_around_kneecap", "not stated"),
    ("the swelling went down", "swelling", False),
    # ... a number that answers a question is its count (set 22: "A: about 22" was not read)
    ("Q: how many single leg heel raises can you do? A: about 22", "calf_raise_low", False),
    ("Q: how many single leg heel raises? A: 30", "calf_raise_low", False),
    ("Q: how many single leg heel raises? A: 30. Q: night pain? A: no", "pain_at_night", False),
    ("Q: any night pain? A: 2 nights a week", "pain_at_night", True),
    # --- test drive 14: tingling in the lower leg is the nerve red flag (it was not read, and
    # the runner got a self-care plan); a list of past injuries, or a past year, is history
    ("I get tingling down the outside of my shin", "numbness_tingling", True),
    ("my shin tingles on long runs", "numbness_tingling", True),
    ("no tingling in my calf", "numbness_tingling", False),
    ("the inside of my thighs and around my bottom feel numb", "saddle_numbness", True),
    ("Previous injuries: calf strain 2019, fully healed.", "calf_sudden_pain", "not stated"),
    ("Previous injuries: calf strain 2019, fully healed.", "previous_calf_strain", True),
    ("Previous injuries: calf strain 2019, fully healed.", "no_complaints", "not stated"),
    ("Past injuries: shin splints (2020, resolved)", "shin_pain", False),
    ("Injury history: achilles tendinopathy 2021. Current: outer hip pain", "achilles_pain", "not stated"),
    ("Injury history: achilles tendinopathy 2021. Current: outer hip pain", "outer_hip_pain", True),
    ("had a metatarsal stress fracture in 2021", "forefoot_bone_pain", "not stated"),
    ("I've had knee pain since 2019", "knee_pain", True),
    ("I am fully healthy", "no_complaints", True),
    # --- set 24: a list a negation opens goes on past a middle item to its "or" ("skipped
    # beats" read present); "numbness" alone is the nerve sign, not of the hands; what a runner
    # pressed for and did not find; "until I couldn't" is to fatigue; "can't do a calf raise"
    ("Never had any fluttering, racing out of nowhere, or skipped beats.", "palpitations_with_exercise", False),
    ("no swelling, hurts at night, or on stairs", "pain_at_night", True),
    ("no numbness or weakness", "numbness_tingling", False),
    ("numbness in my fingers", "numbness_tingling", "not stated"),
    ("I pressed up and down the bone looking for one really sore point, and there isn't one",
     "pinpoint_bone_pain", "not stated"),
    ("looking for advice on my sore knee", "knee_pain", True),
    ("Physio had me do single-leg calf raises off a step until I couldn't.", "calf_raise_low", None),
    ("I can't do a single-leg calf raise", "calf_raise_low", True),
    ("never cramp, not in the calves, not anywhere", "calf_raise_low", "not stated"),
    ("Since I bumped my mileage my periods have gone AWOL", "missed_periods", True),
    ("haven't had one since March", "forefoot_bone_pain", "not stated"),
    ("42M, running about ten years.", "is_female", False),
    ("ran 20M, knee sore", "is_female", "not stated"),
    # ... "outside" is a place only with a body part (a new observation of the kneecap had
    # tipped "as good as outside" into outer knee pain); "tibial" is no bump below the kneecap
    ("is treadmill running as good as outside", "outer_knee_pain", "not stated"),
    ("outside of my knee hurts", "outer_knee_pain", True),
    ("pt has focal tibial pain; localised, not diffuse", "pain_below_kneecap", "not stated"),
    ("my 12 year old has a sore bony lump just below his kneecap after football", "pain_below_kneecap", True),
    # --- test drive 15: a child's "bump under my kneecap"; "12 y/o"; pins and needles in the
    # hands is no leg's nerve sign; "PMH:" heads a past
    ("14 yo, bump under my kneecap hurts", "pain_below_kneecap", True),
    ("12 y/o runner, heel pain after track sessions", "still_growing", True),
    ("hands get pins and needles on long runs, and my knee is sore", "numbness_tingling", "not stated"),
    ("pins and needles in my foot", "numbness_tingling", True),
    ("PMH: shin splints", "shin_pain", "not stated"),
    # --- test drive 15, the rest: a possessive or glued age; every item of a list of past
    # injuries is past, whatever heads it; a clause of now ends the list
    ("my 13-year-old's knee hurts below the kneecap", "still_growing", True),
    ("my 12yr old has pain on the bump below his kneecap", "still_growing", True),
    ("my 10 year old knee injury flared up", "still_growing", "not stated"),
    ("Past injuries - stress fracture (metatarsal) 2020. Now heel pain in the morning", "pinpoint_bone_pain", "not stated"),
    ("Past injuries - stress fracture (metatarsal) 2020. Now heel pain in the morning", "previous_bone_stress_injury", True),
    ("Previous injuries: calf strain, stress fracture", "pinpoint_bone_pain", "not stated"),
    ("Previous injuries: calf strain, stress fracture", "previous_bone_stress_injury", True),
    ("Injury history: shin splints, calf strain, now knee pain on stairs", "knee_pain", True),
    ("Injury history: shin splints, calf strain, now knee pain on stairs", "calf_sudden_pain", "not stated"),
    ("Previous injuries: calf strain\nCurrent: sharp pain on one spot of my shin", "pinpoint_bone_pain", True),
    ("Knee injury history: twisted it skiing in 2019 but it never swelled up", "knee_swelled_after_twist", False),
    # --- set 25's first run: "not once" is how often, not a doer; "doesn't make it any worse";
    # "well past growing"; "never once given me grief" (no giving way); "feel nothing behind the
    # kneecap"; "ankles 100%" (not "100% sure"); "only when running" is no "only exercise"; a
    # kettle is no kettlebell; a "band" of ache down the shin is no IT band
    ("ankle totally stable on the trails, not once has it given way", "joint_gives_way", False),
    ("the leg pain settles once I rest, and moving my toes doesn't make it any worse", "severe_leg_pain_after_exercise", False),
    ("severe pain in my calf since the race that won't settle, moving my toes makes it much worse", "severe_leg_pain_after_exercise", True),
    ("I'm 42, well past growing", "still_growing", False),
    ("thirty years of running and my knees have never once given me grief", "knee_pain", False),
    ("thirty years of running and my knees have never once given me grief", "joint_gives_way", "not stated"),
    ("can squat all the way down and feel nothing behind the kneecap", "pain_around_kneecap", False),
    ("nothing on the outside of my hip", "outer_hip_pain", False),
    ("nothing helps my knee pain", "knee_pain", True),
    ("ankles 100%", "ankle_pain", False),
    ("I'm 100% sure my knee hurts", "knee_pain", True),
    ("I'm 100% sure my knee hurts", "still_growing", "not stated"),
    ("Q: any pain at rest? A: only when running", "no_strength_training", "not stated"),
    ("got out of bed and walked to the kettle", "no_strength_training", "not stated"),
    ("the long band of ache down the inside of my shin has disappeared", "outer_knee_pain", "not stated"),
    ("my IT band is killing me", "outer_knee_pain", True),
    ("Q: any pain at rest? A: only when running, at rest it is gone completely", "pain_at_rest", False),
    ("once I'm off my feet the pain's gone, whatever position", "pain_at_rest", False),
    ("periods every 28 days, even in marathon block", "missed_periods", False),
    ("foam rolled my glutes, they feel soft and free", "glutes_tight", False),
    ("my glutes are tight, they never loosen up", "glutes_tight", True),
    # --- test drive 14, F7: weight gained is no weight borne
    ("put on a bit of weight over winter", "limping", "not stated"),
    ("put on a bit of weight over winter", "cannot_bear_weight", "not stated"),
    ("can't put any weight on it", "cannot_bear_weight", True),
    # --- a torn Achilles told as a kick; a pop is the knee's only where a knee is said
    ("felt like someone kicked me in the back of the ankle, heard a pop", "achilles_snap", True),
    ("felt like someone kicked me in the back of the ankle, heard a pop", "knee_swelled_after_twist", "not stated"),
    ("i twisted my knee playing football, heard a pop and it blew up within a couple of hours", "knee_swelled_after_twist", True),
    ("the joint looks the same as the other side", "swelling", False),
    # --- test drive 16: bulleted history lists on their own lines; a torn Achilles at the heel;
    # a knee that "went sideways" did not go away
    ("Previous injuries:\n- runners knee (2021)\n- hamstring strain\nCurrent: heel pain in the morning",
     "buttock_pain_at_sitting_bone", "not stated"),
    ("Previous injuries:\n- runners knee (2021)\n- hamstring strain\nCurrent: heel pain in the morning", "heel_pain", True),
    ("Injury history:\n* hamstring strain 2020\n* achilles tendinitis\nCurrent: outside of hip sore", "achilles_pain", "not stated"),
    ("History:\n- torn achilles 2018\n- calf strain\nToday: achilles stiff in the mornings", "calf_sudden_pain", "not stated"),
    ("History:\n- torn achilles 2018\n- calf strain\nToday: achilles stiff in the mornings", "achilles_pain", True),
    ("Felt a snap at the back of my heel, like someone kicked me. Now I can't push off.", "achilles_snap", True),
    ("Heard a loud pop behind my ankle, thought someone had kicked me", "achilles_snap", True),
    ("felt like someone kicked me in the calf mid-run, had to hobble home", "calf_sudden_pain", True),
    ("back of my ankle above the heel is sore after runs, the achilles i guess", "achilles_snap", "not stated"),
    ("Knee went sideways on a kerb", "knee_pain", "not stated"),
    ("the swelling went down after a week", "swelling", False),
    ("his shin bone is comfortable to press", "shin_pain", False),
    # a kick or a blow to the back of the leg is the torn Achilles' story (Boyd 2015); felt in
    # the calf, it stays the calf strain's, and the back of the leg without it is neither
    ("felt like a kick in the back of the leg", "achilles_snap", True),
    ("felt like someone kicked me in the back of the calf at 8k", "achilles_snap", "not stated"),
    ("felt like someone kicked me in the back of the calf at 8k", "calf_sudden_pain", True),
    ("pain at the back of my leg when I run", "achilles_snap", "not stated"),
    ("sudden pain just above the heel, like I'd been hit by a stone", "calf_sudden_pain", True),
    # two negations that cancel say it always happens (set 26); not across a symptom, a body
    # part or a word that joins two statements
    ("Not a run goes by without my toes going numb", "numbness_tingling", True),
    ("There isn't a night it doesn't wake me", "pain_at_night", True),
    ("I can't walk without a limp at the moment", "limping", True),
    ("Not a day goes by without my Achilles aching", "achilles_pain", True),
    ("Not a day goes by without my Achilles aching", "pain_eases_after_warmup", "not stated"),
    ("no swelling and I can run without pain", "swelling", False),
    ("not that I cant walk, walking is fine", "limping", False),
    # a negation of its easing is none of it, but a change or a difference can be the observation
    ("No improvement in the swelling round my ankle", "swelling", True),
    ("warming up doesn't change it one bit", "pain_eases_after_warmup", False),
    ("no changes with peeing or bowels", "bladder_bowel_change", False),
    # "not my first", "not long after" deny nothing
    ("Not my first bone stress injury", "previous_bone_stress_injury", True),
    ("Not long after I twisted it on the kerb the knee blew up", "knee_swelled_after_twist", True),
    ("my shins hurt but my stride isn't long or bouncy", "long_loping_stride", False),
    # stopped before its symptom is over; a negation of the stopping is not
    ("The achilles has stopped hurting since I dropped the hill reps.", "achilles_pain", False),
    ("the achilles hasn't stopped hurting", "achilles_pain", True),
    ("my knee never stopped aching", "knee_pain", True),
    ("Shoulders and upper back don't feel anything after runs.", "shoulders_upper_back_sore", False),
    ("The puffiness round the ankle settled after the weekend", "swelling", False),
    # test drive 17: a limp is said, a walk alone is none; a kick at a race's end is the noun
    # (test drive 30: pain when walking is said, no longer none; test drive 37 split it from the
    # limp: the first steps of plantar heel pain are walking pain, no red flag)
    ("walking is a bit sore but I can walk", "pain_when_walking", True),
    ("had to walk home", "limping", "not stated"),
    ("I'm walking funny since the race", "limping", True),
    ("hobbling around the house", "limping", True),
    ("nothing changed really", "weak_push_off", "not stated"),
    ("never been kicked feeling", "weak_push_off", "not stated"),
    ("I have no kick at the end of races", "weak_push_off", True),
    ("Foam rolled it for weeks, no change.", "weak_push_off", "not stated"),
    # ... a heel striker does not run on the toes; speed work is a load only when new or more
    ("My knees ache. I heel strike hard.", "runs_on_toes", False),
    ("worse on uphills and speedwork", "recent_mileage_increase", "not stated"),
    ("started speedwork in march", "recent_mileage_increase", True),
    # ... and the places they said: under the bum, round the kneecap
    ("Pain at the top of the back of my thigh right under my butt", "buttock_pain_at_sitting_bone", True),
    ("back of the thigh aches", "buttock_pain_at_sitting_bone", "not stated"),
    ("My knees ache after long runs, round the kneecap", "pain_around_kneecap", True),
    ("my shin hurts; i'm not undereating", "buttock_pain_at_sitting_bone", "not stated"),
    # set 26's missed red flags, and what must stay apart from them
    ("My ankle joint is hot, red and swollen and I've been feverish", "hot_swollen_joint_fever", True),
    ("the ankle has puffed up, it looks swollen next to the other one", "hot_swollen_joint_fever", "not stated"),
    ("Both calves are the same size and neither is hot or red.", "hot_swollen_joint_fever", False),
    ("I collapsed just after crossing the line at the half", "fainting_with_exercise", True),
    ("Crossed the line, stayed upright and clear-headed", "fainting_with_exercise", False),
    ("felt fine crossing the line", "fainting_with_exercise", "not stated"),
    ("my back aches; i don't care about abs, i run for races", "fainting_with_exercise", "not stated"),
    ("I can't lift the front of my foot properly after about 5 miles", "foot_drop_or_weakness", True),
    ("I land with my foot under my hips, not out in front", "foot_drop_or_weakness", "not stated"),
    ("I can't trust the ankle anymore, it buckles on uneven ground", "joint_gives_way", True),
    ("No matter what I do, the outer side of my knee flares up at 4 miles", "outer_knee_pain", True),
    ("It never really switches off now, even lying completely still it throbs", "pain_at_rest", True),
    # test drive 17: no pain anywhere is no complaint, but not beside a pain or a pressing test;
    # weight lost is said; a place up from the heel is not under it
    ("Feeling great, no pain anywhere, just want tips to avoid injury", "no_complaints", True),
    ("knee hurts, no pain anywhere else", "no_complaints", "not stated"),
    ("poking the bone doesnt hurt anywhere", "no_complaints", "not stated"),
    ("eating like 1500 kcal a day, lost 6kg", "low_energy_intake", True),
    ("I gained 6kg over the winter", "low_energy_intake", "not stated"),
    ("I eat loads and my weight hasn't budged in a year", "low_energy_intake", False),
    ("Sore about 4cm up from the heel", "heel_pain", "not stated"),
    ("so fed up with this heel pain", "heel_pain", True),
    # test drive 18: red flags told without the textbook words, and their look-alikes
    ("just went down about 20 metres after the finish line, out cold for maybe 10 seconds", "fainting_with_exercise", True),
    ("i have a cold", "fainting_with_exercise", "not stated"),
    ("I don't consciously tense my core when I run", "fainting_with_exercise", "not stated"),
    ("it felt like someone threw a stone at the back of my ankle", "achilles_snap", True),
    ("my knee came up like a balloon overnight, its hot to touch and red", "hot_swollen_joint_fever", True),
    ("My periods stopped last autumn.", "missed_periods", True),
    ("my knee was swollen last year", "swelling", "not stated"),
    ("like a band round it when I go up hills", "outer_knee_pain", "not stated"),
    ("my IT band is killing me", "outer_knee_pain", True),
    ("my ankle throbs after runs, around the ankle bone", "pinpoint_bone_pain", "not stated"),
    # a landmark above which it hurts is not where it hurts (test drive 18: a tibial stress spot)
    ("shin pain, one spot about a hand above the ankle. it throbs all night", "ankle_pain", "not stated"),
    ("shin pain, one spot about a hand above the ankle. it throbs all night", "pinpoint_bone_pain", True),
    ("a sore spot about a hand above my knee", "pinpoint_bone_pain", "not stated"),
    ("my ankle hurts. it throbs all night", "ankle_pain", True),
    ("a spot a few inches above my heel is sore", "pinpoint_bone_pain", "not stated"),
    # a negation of what would ease it says it is there (set 27)
    ("nothing stops my heel hurting, new shoes, insoles, nothing", "heel_pain", True),
    ("nothing takes the edge off my achilles pain", "achilles_pain", True),
    ("stretching doesn't help my tight calves", "calf_tightness", True),
    ("terrible leg pain since the run that won't ease with rest", "pain_at_rest", True),
    ("climbing stairs or hills never brings on any chest tightness", "chest_pain_with_exercise", False),
    # "set it off" is a pain, denied by a negation before it
    ("sitting through a film with knees bent doesn't set it off", "pain_sitting_or_lying_on_side", False),
    ("sitting through a film with knees bent sets it off", "pain_sitting_or_lying_on_side", True),
    # an age is no count: "at 66" against "25 calf raises" is no pair of sides
    ("at 66 I still manage 25 calf raises on each leg", "calf_raise_low", False),
    ("calf raises: 25 left, 12 right", "calf_raise_low", True),
    # "no way I can ... without" cancels as "I can't ... without" does
    ("no way I can go down the stairs without that dull ache behind my kneecap", "pain_around_kneecap", True),
    ("no chance I can hop on that leg", "pain_on_hopping", True),
    # naming a ratio is no verdict on it (its verdict, "normal", is: see the ratio rows below)
    ("physio measured my hamstring to quad ratio", "hamstrings_much_weaker_than_quads", "not stated"),
    ("hamstring to quad strength ratio tested normal at the physio", "hamstrings_much_weaker_than_quads", False),
    ("physio says my hamstring to quad ratio is poor", "hamstrings_much_weaker_than_quads", True),
    # a denial after "but" keeps the situation of the clause before
    ("twisted my knee on the trail but it didn't swell up afterwards", "knee_swelled_after_twist", False),
    ("ran downhill but my knee didn't hurt", "downhill_knee_pain", False),
    ("my knee hurts going downhill but no pain on the flat", "downhill_knee_pain", True),
    # a body part's "complaints" are its pain; "no complaints" alone is the healthy runner
    ("Priya has had no knee complaints this term", "knee_pain", False),
    ("no complaints at all, just want to get faster", "no_complaints", True),
    # jumping on one leg is the hop test; a jump in mileage is not
    ("I jump on one leg and have no pain", "pain_on_hopping", False),
    ("mileage steady, no jumps", "pain_on_hopping", "not stated"),
    # numbness between the legs is the saddle area (an emergency), not the leg's
    ("numb between my legs", "saddle_numbness", True),
    ("numb between my legs", "numbness_tingling", "not stated"),
    ("between the legs I feel normal, not numb", "saddle_numbness", False),
    # (set 28) a symptom that stopped what it did is over; not when that stopping is negated
    ("it stopped waking me at night about two weeks ago, sleeping through now", "pain_at_night", False),
    ("it hasn't stopped waking me at night", "pain_at_night", True),
    # clinic shorthand: "(-)", "neg", "TTP", "SLS", "BSI", "antalgic", "L=R"
    ("(-) swelling, (-) effusion, (-) bruising", "swelling", False),
    ("Thomas test neg both sides", "thomas_test_positive", False),
    ("no TTP over greater trochanter", "outer_hip_bony_point_tender", False),
    ("30s SLS: no lateral hip pain provoked", "single_leg_stance_hip_pain", False),
    ("PMHx: nil BSI", "previous_bone_stress_injury", False),
    ("previous BSI of the 2nd metatarsal", "previous_bone_stress_injury", True),
    ("gait: no antalgic pattern", "limping", False),
    ("SL bridge L=R, 20 reps", "single_leg_bridge_low", False),
    # a negated occasion, then another negation: it never passes without it
    ("not a single run this month where my knee didn't start aching by the end", "knee_pain", True),
    ("no run this week, my knee doesn't hurt", "knee_pain", False),
    ("no let-up from the achilles pain, even on easy days", "achilles_pain", True),
    # a past of the observation's own verb, then "gone now": over
    ("it puffed up for a couple of days but the swelling is all gone now", "swelling", False),
    ("I wobble all over and have to put my foot down after 15 seconds", "wobbles_on_one_leg", True),
    # "can't do more than 6 heel raises" is only 6; "couldn't do more than two hops" still can't hop
    ("can't do more than 6 heel raises on the bad leg", "calf_raise_low", True),
    ("tried the hop test, couldn't do more than two hops on the bad leg, really sharp", "pain_on_hopping", True),
    # a film or a drive is no working day sat at a desk
    ("can sit through a 3 hour film with my knees bent, no problem", "sits_all_day", "not stated"),
    ("I sit for hours at my desk", "sits_all_day", True),
    # hours in brackets of their own are no sitting: "sit for hours" is matched on "hours" alone
    ("flew to boston (8 hrs) last week, legs felt heavy", "sits_all_day", "not stated"),
    ("still hasnt settled hours later", "severe_leg_pain_after_exercise", True),
    # a word of "gone" or "fine" negated is the thing still there (set 28: all read absent)
    ("my knee isn't pain free", "knee_pain", True),
    ("never pain free at night", "pain_at_night", True),
    ("the swelling hasn't gone", "swelling", True),
    ("the swelling hasn't completely gone", "swelling", True),
    ("my knee is not fine", "knee_pain", True),
    ("knees are not 100%", "knee_pain", True),
    ("the swelling has gone", "swelling", False),
    ("my knee is pain free", "knee_pain", False),
    ("no knee pain, fine", "knee_pain", False),
    ("my knee is fine", "knee_pain", False),
    # (test drive 19) an episode of effort that went away on stopping still happened
    ("heavy squeezing feeling in my chest on the hill reps, went away when i stopped", "chest_pain_with_exercise", True),
    ("the hip is calm when i lie still on my back", "pain_at_rest", False),
    ("the hip is calm when i lie still on my back", "hip_or_groin_pain", "not stated"),   # (on runs: test drive 55)
    # one spot (no long stretch) that hurts to press is the spot itself, not denied
    ("a spot on my shin about the size of a coin thats agony when i press it", "pinpoint_bone_pain", True),
    # a body part said fine is no place of a red flag's pain
    ("standing on one leg to put my jeans on hurts, groin is fine", "groin_pain_worsening", False),
    ("my groin hurts when I stand on that leg", "groin_pain_worsening", True),
    ("after the session my shin went rock hard and the pain is unbearable, worse when I wiggle my toes",
     "severe_leg_pain_after_exercise", True),
    # a test named after a sentence's end is no result of the test before it
    ("SL squat: knee valgus L. Hop test neg.", "knee_caves_in", True),
    ("SL squat: knee valgus L. Hop test neg.", "pain_on_hopping", False),
    # a list of body parts said fine together
    ("my shins, hips and feet are all fine", "shin_pain", False),
    ("groin ache when I run that now hurts even when walking", "groin_pain_worsening", True),
    # --- test drive 20 session: a calf strain felt as a cramp that would not let go; a
    # self-test's pain is not found from the test's name alone
    ("felt a twinge in my calf at mile 4, like a cramp that never let go", "calf_sudden_pain", True),
    ("calf went mid run like a cramp that wouldnt go away", "calf_sudden_pain", True),
    ("my calves cramp but it goes away when I stretch", "calf_sudden_pain", "not stated"),
    ("her knee hurts. her hip drops on single leg stance", "single_leg_stance_hip_pain", "not stated"),
    ("her knee hurts. her hip drops on single leg stance", "pelvis_drops", True),
    ("my outer hip hurts. standing on one leg for 30 seconds brings it on", "single_leg_stance_hip_pain", True),
    ("outer hip pain. single leg stance test positive", "single_leg_stance_hip_pain", True),
    # --- test drive 20: a collapse is a faint, however it is placed; not a test's side giving out
    ("my son collapsed in the last 200m of his 1500m", "fainting_with_exercise", True),
    ("my daughter collapsed at mile 3 of her half marathon", "fainting_with_exercise", True),
    ("Side plank: 70 seconds on my right, I collapse at 25 on the left.", "fainting_with_exercise", "not stated"),
    ("my arches have collapsed", "fainting_with_exercise", "not stated"),
    ("I collapsed on the sofa after the long run", "fainting_with_exercise", "not stated"),
    # ... not feeling the need to pass urine is a change in it
    ("back pain and I can't feel when I need to wee", "bladder_bowel_change", True),
    # ... "no go" is one word: "doesn't go down the leg" is no hopping
    ("the pain doesn't go down into my leg", "pain_on_hopping", "not stated"),
    ("hopping is a no go", "pain_on_hopping", True),
    ("pain in my bum crease when I sit", "buttock_pain_at_sitting_bone", True),
    ("no increase, same three runs a week as always", "buttock_pain_at_sitting_bone", "not stated"),
    # ... a school year or grade is an age; a year of running is not
    ("Year 8 girl, sore heels after cross country", "still_growing", True),
    ("my lad is in year 7 and his knee hurts", "still_growing", True),
    ("an 8th grader with heel pain", "still_growing", True),
    ("in year 3 of running and my knee hurts", "still_growing", "not stated"),
    ("grade 2 calf strain", "still_growing", "not stated"),
    ("I'm in year 12, knee aches", "still_growing", "not stated"),
    # --- set 29: two negations, or a negation and a limit, that say it is there
    ("my hamstrings are never not tight after a run", "hamstrings_tight_or_sore", True),
    ("never fails: at 3 km both lower legs go tight and it's gone 5 min after I stop", "exertional_leg_pain", True),
    ("cadence never gets above 150 on easy days", "low_step_rate", True),
    ("my cadence doesn't get above 150", "low_step_rate", True),
    ("my right leg is nowhere near as strong as the left on single-leg stuff", "one_side_weaker", True),
    ("physio said my hamstrings are nowhere near as strong as my quads", "hamstrings_much_weaker_than_quads", True),
    ("I can't stop my shoulders creeping up to my ears", "shoulders_tense", True),
    ("nothing stops my heel hurting", "heel_pain", True),
    ("couldn't manage even 8 of the side-lying leg lifts on the left", "weak_side_lying_leg_lift", None),
    # ... a part playing up hurts
    ("I'd love to say I'm injury free but the knee is playing up", "knee_pain", True),
    ("left knee is fine, it's only my right ankle playing up", "ankle_pain", True),
    # ... a number with no verdict leaves the words to say it
    ("my daughter is 17 and her doctor says she's finished growing", "still_growing", False),
    ("he's 16 and still growing", "still_growing", True),
    ("she is 17", "still_growing", None),
    ("the only pain in the foot is under the heel, the top of the forefoot is fine", "forefoot_bone_pain", False),
    ("mornings are the best time actually, it's worse by the evening", "morning_stiffness", False),
    # test drive 20: a guess said in the past is no switch of shoes; a physio's shorthand
    ("my heel is killing me in the morning. I thought it was my shoes.", "switched_to_minimal_shoes", None),
    ("I assumed it was the new barefoot shoes but the physio says otherwise", "switched_to_minimal_shoes", None),
    ("switched to barefoot shoes last month", "switched_to_minimal_shoes", True),
    ("32M, TTP lat fem epicondyle", "is_female", False),
    ("TTP lat fem epicondyle", "is_female", "not stated"),
    ("lat knee pain R, onset 6km", "outer_knee_pain", True),
    ("outer knee, worse desc", "downhill_knee_pain", True),
    # test drive 21: a chest pressure that won't ease is the emergency, not its denial; an arm
    # is said before arm pain is a heart attack's ("pain going down my left leg" read as one)
    ("chest pressure that won't ease", "acute_chest_pain", True),
    ("chest tightness that hasn't eased since I stopped", "acute_chest_pain", True),
    ("chest pressure eased as soon as I stopped", "acute_chest_pain", "not stated"),
    ("no chest pressure", "acute_chest_pain", False),
    ("chest pressure since I finished my run 40 mins ago", "acute_chest_pain", True),
    ("pain going down my left leg", "acute_chest_pain", "not stated"),
    ("my left arm aches after push ups", "acute_chest_pain", "not stated"),
    ("tight chest and pain down my left arm", "acute_chest_pain", True),
    # ... a place put against another: the "it" of the place it is, is its pain
    ("not the outside of my hip, its deep in the groin", "hip_or_groin_pain", True),
    ("not the front of the knee, it's my shin", "shin_pain", True),
    ("my achilles hurts but it's not in the middle of the cord, it's right at the bone", "pinpoint_bone_pain",
     "not stated"),
    ("it's not the quads that give out on the long runs, it's the calves", "calf_tightness", "not stated"),
    ("pain deep in the groin, getting worse every run and hurts to stand on that leg", "groin_pain_worsening", True),
    # "back" for "again" or a way home is no back (test drive 21)
    ("tender since the flight back from Sydney", "low_back_pain", "not stated"),
    ("getting back into running after a break, shins sore", "low_back_pain", "not stated"),
    ("back to running after a break and my back hurts", "low_back_pain", True),
    ("lower back pain on the way back from my run", "low_back_pain", True),
    ("i get back pain when i run", "low_back_pain", True),
    # a pop low in the calf is checked for a torn Achilles first (test drive 21)
    ("felt a pop in my lower calf", "achilles_snap", True),
    ("grandad (71) says his calf went pop like someone hit him with a stone", "achilles_snap", True),
    ("I hit my calf on the coffee table", "achilles_snap", "not stated"),
    # set 30: a phone's "know" for "no"; clinic shorthand with signs and slashes; "haven't
    # changed"; "the weak side has caught up"
    ("did 10k this morning and know pain in the knee at all", "knee_pain", False),
    ("know swelling their at all its just sore to run on", "swelling", False),
    ("I know pain is normal in a marathon", "knee_pain", "not stated"),
    ("Thomas test -ve bilat", "thomas_test_positive", False),
    ("hop test +ve on the left", "pain_on_hopping", True),
    ("no N/T", "numbness_tingling", False),
    ("B&B normal", "bladder_bowel_change", False),
    ("afebrile, joint not warm", "hot_swollen_joint_fever", False),
    ("achilles sore, Thompson -ve", "achilles_snap", False),
    ("achilles sore, Thompson -ve", "achilles_pain", True),
    ("havent changed my mileage in months same 30 miles a week", "recent_mileage_increase", False),
    ("i haven't upped my weekly distance", "recent_mileage_increase", False),
    ("Strength now equal both sides on the leg press, the weak side has caught up", "one_side_weaker", False),
    # a clause that says how a pain goes is no self-test waiting for its result (test drive 21)
    ("R ant knee pain 6/52, worse stairs/squat. (-) swelling", "pain_around_kneecap", True),
    ("R ant knee pain 6/52, worse stairs/squat. (-) swelling", "swelling", False),
    ("SL squat: valgus R", "single_leg_squat_knee_in", True),
    ("SL bridge symmetrical", "single_leg_bridge_low", False),
    # half a phrase found, its rest said in other words after a negation (set 30)
    ("My heart does nothing weird on runs", "palpitations_with_exercise", False),
    ("heart rate goes up and down like it should no fluttering or skipping", "palpitations_with_exercise", False),
    ("my heart pounds and does not settle", "palpitations_with_exercise", True),
    ("I'm not a man lol, 34F", "is_female", True),
    # "the same ... last year" says nothing of mileage (test drive 21 read it held steady)
    ("strained the same calf last year", "recent_mileage_increase", "not stated"),
    ("my knee hurts the same as last week", "recent_mileage_increase", "not stated"),
    ("steady pain in the shin every week", "recent_mileage_increase", "not stated"),
    # a phrase of one word once its little words drop out says too little (test drive 21's probes)
    ("I added hip exercises to my routine and my knee still hurts", "recent_mileage_increase", "not stated"),
    ("the pain has grown worse over the month", "still_growing", "not stated"),
    ("she has grown 6 cm this year", "still_growing", True),
    ("I usually bounce back quickly from long runs", "long_loping_stride", "not stated"),
    ("my trainer says I overstride", "switched_to_minimal_shoes", "not stated"),
    ("I was exhausted after the marathon", "low_energy_intake", "not stated"),
    ("i'm always tired and my periods have stopped", "low_energy_intake", True),
    # a change to something is a switch; a change denied after a form's label is denied (set 31)
    ("I didn't change to minimal shoes", "switched_to_minimal_shoes", False),
    ("I changed to minimal shoes in March", "switched_to_minimal_shoes", True),
    ("Bladder/bowel: no change", "bladder_bowel_change", False),
    ("Bladder/bowel: no", "bladder_bowel_change", False),
    ("no bladder or bowel problems", "bladder_bowel_change", False),
    # "can't feel" is one thing: numb toes, a numb saddle, lazy glutes (set 31)
    ("I can't feel my toes", "runs_on_toes", "not stated"),
    ("I can't feel my toes", "numbness_tingling", True),
    ("can't feel the saddle area properly", "saddle_numbness", True),
    ("I can't feel my glutes working", "glutes_feel_unused", True),
    ("I can't feel my glutes working", "saddle_numbness", "not stated"),
    ("cant feel the wee coming", "bladder_bowel_change", True),
    # test drive 22
    ("no feeling in my bum and between my legs", "saddle_numbness", True),
    ("no feeling of tightness in my calf", "calf_tightness", False),
    ("I can't feel my toes on long runs", "numbness_tingling", True),
    ("groin pain, each run is worse than the last", "groin_pain_worsening", True),
    ("groin hurts, every run more bad", "groin_pain_worsening", True),
    ("everything went black for a second at the end of the 10k", "fainting_with_exercise", True),
    ("my toenail went black after the marathon", "fainting_with_exercise", "not stated"),
    ("pressure behind my breastbone on tempo runs", "chest_pain_with_exercise", True),
    ("My periods are all over the place", "missed_periods", True),
    ("the pain is back", "low_back_pain", "not stated"),
    ("Returning from a femoral stress fracture (6 months ago), cleared by my doctor", "pinpoint_bone_pain", "not stated"),
    ("Returning from a femoral stress fracture (6 months ago), cleared by my doctor", "previous_bone_stress_injury", True),
    ("the outside of my knee starts hurting at the same point in every run and eases after I stop",
     "exertional_leg_pain", "not stated"),
    ("both shins get tight at the same point every run and it goes 10 min after stopping", "exertional_leg_pain", True),
    ("my shin hurts even when walking now, was only when running before", "pain_when_walking", True),
    ("my shin is so sore I can barely walk to the bus", "limping", True),
    ("heel hurts when I walk in the morning", "limping", "not stated"),
    # a pasted table's cells are clauses, its header no statement (set 31)
    ("Energy: good | eating: well | weight: no loss", "low_energy_intake", False),
    ("Energy: good | eating: well | weight: no loss", "no_strength_training", "not stated"),
    ("Ankle | pain during | 0 | pain after | 0", "ankle_pain", False),
    ("Night pain | no", "pain_at_night", False),
    ("Date | Distance | Time | Notes", "low_energy_intake", "not stated"),
    # more than ever is no denial; "can't stop" it is it happening (set 31)
    ("never had calves this tight after a run", "calf_tightness", True),
    ("I've never felt my shins this sore", "shin_pain", True),
    ("never had calf pain", "calf_tightness", False),
    ("I can't stop my hips dropping", "pelvis_drops", True),
    ("mileage up 40 to 65 km/wk", "recent_mileage_increase", True),
    ("I ran 10 to 12 km today", "recent_mileage_increase", "not stated"),
    ("Sex: M | Age: 58 | Sport: trail", "is_female", False),
    ("Gender: F", "is_female", True),
    ("week 3: no more stiffness when I get up in the morning", "morning_stiffness", False),
    ("I think my ITB is tight at the top? Sore on the side of my hip. Knee is fine.", "outer_knee_pain", "not stated"),
    ("ITB pain on the outside of my knee", "outer_knee_pain", True),
    # a runner's hedged guess at a name yields to their own denial of it, in either order (test drive 22)
    ("Pretty sure I have runners knee. It's the outside. The front of the knee and kneecap are fine.",
     "pain_around_kneecap", False),
    ("The kneecap and the front of the knee are fine. I reckon it's runners knee though", "pain_around_kneecap", False),
    ("I have runners knee. Stairs hurt.", "pain_around_kneecap", True),
    ("I think I have runners knee, the kneecap aches on stairs", "pain_around_kneecap", True),
    # a self-test's result negated after its name: the result, not the bare name read present (set 31)
    ("hop test: 20 hops on the sore leg, no pain", "pain_on_hopping", False),
    ("did the hop test, 20 hops on the bad leg, no pain", "pain_on_hopping", False),
    ("hop test: sharp pain on the 3rd hop", "pain_on_hopping", True),
    # test drive 23: "right after" is "just after", no right side; a collapse then is the fainting flag
    ("he collapsed right after the finish", "fainting_with_exercise", True),
    ("she fainted right as she crossed the line", "fainting_with_exercise", True),
    ("chest pressure right now and it's spreading into my jaw", "acute_chest_pain", True),
    # a small leak when running or jumping (stress incontinence) is not the bladder red flag
    ("I leak a bit of wee when I run and jump", "bladder_bowel_change", "not stated"),
    ("my water bottle leaks", "bladder_bowel_change", "not stated"),
    ("I've been leaking urine and can't feel my bum", "bladder_bowel_change", True),
    ("trouble peeing since yesterday and my back hurts", "bladder_bowel_change", True),
    # periods that have not come back are missed periods, not a recovery
    ("my periods haven't come back", "missed_periods", True),
    ("periods have not returned since I started marathon training", "missed_periods", True),
    ("my periods came back last month", "missed_periods", False),
    # night pain that comes on rolling onto the side is pain lying on the sore side
    ("hip hurts at night, wakes me when I roll onto it", "pain_at_night", "not stated"),
    ("hip hurts at night, wakes me when I roll onto it", "pain_sitting_or_lying_on_side", True),
    ("knee aches at night and hurts sitting through a film", "pain_at_night", True),
    ("it wakes me at night whatever side I lie on", "pain_at_night", True),
    # a question's topic quoted before its answer is that question asked (set 32)
    ("re: pain at night - I sleep straight through, it has never once woken me", "pain_at_night", False),
    ("you asked whether the knee swelled after a twist: it has never swelled up", "knee_swelled_after_twist", False),
    ("To answer your question about the lower back: it's fine", "low_back_pain", False),
    ("Regarding the swelling: it's worse in the evening", "swelling", True),
    # "not gonna lie" is no negation; "= zero" answers its label
    ("not gonna lie my cadence is like 150 on easy runs", "low_step_rate", True),
    ("night pain = zero", "pain_at_night", False),
    ("my thigh doesn't touch the bed in that Thomas test", "thomas_test_positive", True),
    # a runner's correction: the place denied is no pain there, and the correction stands (test drive 23)
    ("calf pain after my long run, actually it's not the calf, it's lower", "calf_tightness", False),
    ("my ankle hurts. not the shin, it's lower, in the ankle joint", "shin_pain", False),
    ("knee pain. actually no knee pain, it's the shin", "knee_pain", False),
    ("it's not the inside of the knee, it's the outside", "knee_pain", "not stated"),
    ("it isn't cramp in the calf, it's a dull ache in the Achilles", "calf_tightness", "not stated"),
    ("my knee actually hurts", "knee_pain", True),
    # a negation does not reach past "since I ..." to the event it dates from (set 32)
    ("no periods since I doubled my mileage", "recent_mileage_increase", True),
    ("I haven't had knee pain since I upped the mileage", "recent_mileage_increase", True),
    ("chest pressure since I finished my run 40 mins ago", "acute_chest_pain", True),
    ("haven't had any pins and needles since I loosened my laces", "pain_eases_after_warmup", "not stated"),
    # "can't get up a hill without chest pressure": the exertional chest red flag (set 32)
    ("I can't get up a hill without a heavy pressure in my chest", "chest_pain_with_exercise", True),
    ("I get up hills with no pressure in my chest", "chest_pain_with_exercise", False),
    # "high up" alone is no high hamstring; a heart stent is no racing heart (test drive 23)
    ("my calf felt like someone kicked me, mid calf, high up", "buttock_pain_at_sitting_bone", "not stated"),
    ("deep ache high up in my hamstring, right at the sitting bone", "buttock_pain_at_sitting_bone", True),
    ("I'm 70 with a heart stent, knees ache round the kneecap on stairs", "palpitations_with_exercise", "not stated"),
    # loss of bladder control in plain words is the red flag; a leak said with a birth is not (fc24)
    ("low back pain and I've lost control of my bladder", "bladder_bowel_change", True),
    ("low back pain on runs, and since Tuesday I keep leaking urine", "bladder_bowel_change", True),
    ("My low back has been sore on runs and this week I've had some bladder leakage too", "bladder_bowel_change", True),
    ("small urine leak when I run since childbirth, no back pain", "bladder_bowel_change", "not stated"),
    # "sorry, I mean" another body part takes back the clause before it (fc24)
    ("My knee hurts on the outside - sorry, I mean my shin, the inner edge of the shin", "outer_knee_pain", "not stated"),
    ("my calf hurts, I mean my achilles", "calf_tightness", "not stated"),
    ("my calf hurts, I mean my achilles", "achilles_pain", True),
    ("my knee hurts, I mean it really hurts", "knee_pain", True),
    # "actually no" between two clauses takes back the one before (fc24)
    ("It hurts at night - actually no, only when I lie on it. Outer hip.", "pain_at_night", "not stated"),
    ("It hurts at night - actually no, only when I lie on it. Outer hip.", "pain_sitting_or_lying_on_side", True),
    ("It hurts at night, no, actually it's all the time", "pain_at_night", True),
    # "couldn't do half as many" is fewer, not none (set 32)
    ("couldn't do half as many heel raises on the left as the right", "calf_raise_low", True),
    ("couldn't hold the side plank on the right nearly as long as the left", "side_plank_short", True),
    # a question answered by what was done, then "and no" (set 32)
    ("Is there one spot on the bone that hurts to press? I prodded all the way down and no, nothing",
     "pinpoint_bone_pain", False),
    ("Is there one spot on the bone that hurts to press? I prodded all the way down and yes, one spot is really sore",
     "pinpoint_bone_pain", True),
    # "several" is no "severe" (one stem); a coach's "training volume" is mileage (set 32)
    ("My training volume has not increased over the past several weeks.", "recent_mileage_increase", False),
    ("I increased my training volume a lot this block", "recent_mileage_increase", True),
    ("My mileage has not increased over the past several weeks.", "severe_leg_pain_after_exercise", "not stated"),
    # a normal count beside its fault denied by name agrees (set 32); alone, a negated normal count has no verdict
    ("cadence is like 180 so def not low", "low_step_rate", False),
    ("my cadence is 150", "low_step_rate", True),
    # a negation saying when is no inability: "nor when lying" (set 32); "nor can I lie" still is
    ("I experience no pain when sitting with the knees bent, nor when lying on either side.",
     "pain_sitting_or_lying_on_side", False),
    ("sitting is agony, nor can I lie on that side", "pain_sitting_or_lying_on_side", True),
    # "can't do" a hill, stairs or a one-leg stance is the trouble there, not its denial (set 32);
    # not a pain unsaid, nor a desk job
    ("I can't do downhills, the knee just screams", "downhill_knee_pain", True),
    ("I can't do hills", "weak_uphill", True),
    ("can't stand on one leg for 30 seconds without putting the other foot down", "wobbles_on_one_leg", True),
    ("can't stand on one leg for 30 seconds without putting the other foot down", "single_leg_stance_hip_pain", False),
    ("I can't sit all day at work", "sits_all_day", False),
    # "not just"/"not only" before what a part does is "and more" (set 32: the heart's read denied);
    # not of an observation that is itself "only" or "one"
    ("its not just the outside of the hip aching, pressing the bony point makes me jump", "outer_hip_pain", True),
    ("not only is my knee swollen, it's hot too", "swelling", True),
    ("the pain is not just after runs, it's during too", "pain_only_after_runs", False),
    ("it's not just one spot on the shin, it's all along", "pinpoint_bone_pain", False),
    # "and it hasn't eased": the complaint before goes on (test drive 24 read chest pain now denied)
    ("tight chest on the run and it hasn't eased since I stopped", "acute_chest_pain", True),
    # a body part that went gave out; a pain that went is gone (test drive 24)
    ("its hard to start a wee since my back went on a run", "low_back_pain", True),   # (gave out: fc25)
    ("the ache in my knee went after a week", "knee_pain", False),
    # starting a wee, struggling to pee: the bladder red flag (test drive 24: unread)
    ("its hard to start a wee since my back went on a run", "bladder_bowel_change", True),
    ("struggling to pee since my back pain started", "bladder_bowel_change", True),
    ("I had a wee and ran hard", "bladder_bowel_change", "not stated"),
    # walking itself hurts: the limp flag's pain on walking (test drive 24); "even when walking" no
    ("had shin splints for 3 weeks and now it hurts to walk too", "pain_when_walking", True),
    ("it doesn't hurt to walk", "pain_when_walking", False),
    ("his gait is even when walking", "limping", "not stated"),
    # a pain the reader cannot place is still a complaint: no aches or pains absent (test drive 24:
    # "nothing needs a clinician"); not a wrist or a throat, a past that is over, nor "pain free"
    ("foot pain, hurts when I drive", "no_complaints", False),
    ("foot pain, hurts when I walk to the car", "pain_when_walking", True),
    ("my wrist aches from a fall off my bike", "no_complaints", "not stated"),
    ("my knee was swollen last year", "no_complaints", "not stated"),
    ("I'm pain free", "no_complaints", True),
    # ... and "wouldn't say I'm pain free" says it is not: the "pain" of "pain free" is no other
    # pain's, denied before it (set 75 read no complaints, the wrong way round)
    ("wouldnt say Im pain free at the minute, a few niggles going on", "no_complaints", False),
    # the evening of a run is no night pain; a sentence of bed or sleep keeps its night (test drive 52
    # read the night-pain red flag from a calf strain's "during 400m repeats last night")
    ("During 400m repeats last night I felt a sharp pain in my calf", "pain_at_night", "not stated"),
    ("My knee hurt on my run last night", "pain_at_night", "not stated"),
    ("on my long run last night my shin started aching", "shin_pain", True),
    ("it hurt last night in bed", "pain_at_night", True),
    ("after my run last night it throbbed all night", "pain_at_night", True),
    # an "ok so" that opens a story is no "fine" that a later "it's back" undoes (test drive 52 read
    # a pain that starts 3 miles in as pain only after runs)
    ("ok so my knee starts hurting about 3 miles in then its back", "pain_only_after_runs", False),
    # "flat road" is no mileage "flat" (test drive 52 read the rise denied: "hills twice a week now
    # where i used to do flat road only"); a weekly figure alone is no rise
    ("i joined a trail group 3 weeks ago and we do hills twice a week now where i used to do flat road only",
     "recent_mileage_increase", "not stated"),
    ("I added hills 3 weeks ago", "recent_mileage_increase", True),
    ("weekly mileage 40k", "recent_mileage_increase", "not stated"),
    ("my club does hills", "recent_mileage_increase", "not stated"),
    # set 75's misses: "keeps me up at night" (not a baby's), "nocturnal", a run-on's "at all" ends
    # its denial, a knee that has "been at me", shoulders that can't be kept down
    ("it keeps me up at night", "pain_at_night", True),
    ("my baby keeps me up at night", "pain_at_night", "not stated"),
    ("Denies nocturnal pain.", "pain_at_night", False),
    ("it doesnt keep me up at night at all slept straight through last night", "pain_at_night", False),
    ("knee's been at me the last few runs", "knee_pain", True),
    ("my mum has been at me to rest my knee", "knee_pain", "not stated"),
    ("can't keep my shoulders down, they end up by my ears", "shoulders_tense", True),
    ("its sore while Im actually running as well, not just afterwards", "pain_only_after_runs", False),
    ("im 68 and had the full cardiac workup, I never get any chest discomfort when I run", "chest_pain_with_exercise",
     False),
    ("treadmill footage from behind shows my pelvis nice and steady, no dropping", "pelvis_drops", False),
    # set 76: "even though" ended a clause on its "even" (the emergency chest pain read DENIED); a
    # body part that "hasnt made a peep"; "not anymore since pilates" is a past over, no "no pilates"
    ("chest pain started on the run and it hasnt gone even though I stopped 20 min ago", "acute_chest_pain", True),
    ("achilles hasnt made a peep all week, zero pain back there", "achilles_pain", False),
    ("used to get a sore lower back on long runs but not anymore since pilates", "low_back_pain", False),
    ("used to get a sore lower back on long runs but not anymore since pilates", "no_strength_training",
     "not stated"),
    ("front of my hips feel shrink wrapped when I get out of the car", "front_of_hip_tight", True),
    ("I'm a software dev, basically glued to a chair 8 hours a day", "sits_all_day", True),
    ("no palpatations, HR on the garmin just tracks the effort", "palpitations_with_exercise", False),
    ("I'm a 54 yo bloke", "is_female", False),
    ("yo guys whats up", "is_female", "not stated"),
    ("it doesnt settle after the warm up like people said it would", "pain_eases_after_warmup", False),
    # test drive 53: a calf strain "in the summer", "in July" is history (it set off the urgent
    # torn-Achilles flag beside Achilles pain); "I didn't hop" did not try the test (it read pain on
    # hopping, urgent); "a steady 8k" is a run's effort, no steady mileage; a knee that hurts "when
    # its hot" is the weather's, no hot swollen joint
    ("Back in the summer I strained my calf, it healed fine and hasnt bothered me since August", "calf_sudden_pain",
     "not stated"),
    ("Back in the summer I strained my calf, it healed fine and hasnt bothered me since August",
     "previous_calf_strain", True),
    ("I strained my calf in July but it's fine now", "calf_sudden_pain", "not stated"),
    ("ankle has been aching after my runs ever since I rolled it on a trail back in August", "ankle_pain", True),
    ("I didn't hop", "pain_on_hopping", None),
    ("not hopping on one leg to test it bc thats sus", "pain_on_hopping", None),
    ("I cant hop", "pain_on_hopping", True),
    ("I run a steady 8k most days", "recent_mileage_increase", "not stated"),
    ("steady 30 miles a week all year", "recent_mileage_increase", False),
    ("in the summer my knee hurts when its hot", "hot_swollen_joint_fever", "not stated"),
    ("my knee is hot and swollen", "hot_swollen_joint_fever", True),
    ("he has been eating very little since the autumn", "low_energy_intake", True),
    ("used to do 2 days a week, now every day", "recent_mileage_increase", True),
    # set 77: a question of two names states neither; a body part that "held up" was fine; "not for
    # ages now", "not any more since ..." a past over
    ("whats the difference between a stress fracture and shin splints", "pinpoint_bone_pain", "not stated"),
    ("tri season done and the achilles held up, no pain there at all", "achilles_pain", False),
    ("my shoulders held up by my ears", "shoulders_tense", True),
    ("used to cramp in the calves, not for ages now", "calf_cramps", False),
    ("used to get knee pain on long runs but not any more since the physio exercises", "knee_pain", False),
    ("did 5 slow one leg squats each side, knee didnt wander in", "single_leg_squat_knee_in", False),
    ("did the hop test the physio showed me, nothing sharp", "pain_on_hopping", False),
    ("hopped 10 times on the sore leg in the kitchen, nothing sharp, just a dull ache", "calf_sudden_pain",
     "not stated"),
    # a coach's "doubled their training days" is a rise (test drive 55: unread)
    ("The coach doubled their training days this season.", "recent_mileage_increase", True),
    # test drive 57: a body part alone, then a pain of no other part, is that part's pain (two
    # complaints in one message named only the second)
    ("two things lol. first my left heel, underneath, first steps out of bed are agony then it eases off",
     "heel_pain", True),
    ("my left heel, hurts", "heel_pain", True),
    ("my left heel, no pain", "heel_pain", False),
    # test drive 57: a swelling in a sentence of the calf is the swollen calf's flag (read only a
    # swelling, within days, after a 22-hour flight); a mild hop is not sure, not an urgent sign; a
    # runner's "actually no" corrects, it denies nothing
    ("Since yesterday my left calf has been aching, feels tight and it's noticeably swollen compared to "
     "the right, and warm.", "calf_swollen_warm_tender", True),
    ("my calf is tight and the ankle is swollen", "calf_swollen_warm_tender", "not stated"),
    ("Hopping on the right leg is a bit sore but I can do it", "pain_on_hopping", None),
    ("hopping on it is a bit sore and sharp", "pain_on_hopping", True),
    ("hopping hurts", "pain_on_hopping", True),
    ("Pain on the inside of my right knee, actually no it is more the outside", "outer_knee_pain", "not stated"),
    # set 81: "not eating too little" is no under-fuelling (read present); a knee scope is no syncope
    # (the fainting flag, an emergency); fingers run down the shin pressed it
    ("not eating too little, dietitian went through my food diary and says im fuelling fine", "low_energy_intake",
     False),
    ("im eating too little", "low_energy_intake", True),
    ("what does a return to run plan look like after a knee scope, op is next month", "fainting_with_exercise",
     "not stated"),
    ("ran my fingers down the inner edge of the shin and its not sore along the length", "shin_pain_long_stretch",
     False),
    # test drive 59: one spot on the shin that hurts to press is the bone's tender spot (read a long
    # stretch, within days, for a stress fracture), not when the spot is denied; "fine otherwise" is
    # of the rest (read the calf's tightness denied); a boyfriend's plantar fasciitis is his
    ("Pain on the inner edge of my left shin, one spot about the size of a coin, really hurts to press on it",
     "pinpoint_bone_pain", True),
    ("shins sore, pressing hurts all along, not one spot", "pinpoint_bone_pain", False),
    ("my shins hurt when I press along them", "pinpoint_bone_pain", "not stated"),
    ("calf tight after runs, fine otherwise", "calf_tightness", True),
    ("me and my bf are training for dublin, he's got plantar fasciitis in his left foot but thats his problem lol. "
     "me: the outside of my right knee starts hurting about 6k in", "heel_pain", "not stated"),
    # "havent flown anywhere" is no complaints said (test drive 59 read them denied); a nurse on the
    # phone is no job (set 83)
    ("havent flown anywhere recently, calf sore", "no_complaints", "not stated"),
    ("no niggles anywhere", "no_complaints", True),
    ("nurse on the phone asked if I was running a temp or feeling rough, nope", "sits_all_day", "not stated"),
    ("I work as a nurse", "sits_all_day", False),
    # set 84: "doesn't actually hurt" two words after the part still denies it (read present)
    ("sorry its late, cant sleep worrying... but the achilles itself doesnt actually hurt at all", "achilles_pain",
     False),
    ("the achilles tendon doesnt actually hurt", "achilles_pain", False),
    ("used to get outer knee pain at 8k every time but it doesnt happen anymore", "outer_knee_pain", False),
    # test drive 60: a calf "noticeably fatter than the right one, a bit warm too" after a 14-hour
    # flight read only tight calves: self-care and a stretch for a possible clot; "didnt run"
    # denied the calf's tightness and cramps
    ("got back from a 14hr flight from singapore on mon. left calf has been sore and tight since and its "
     "noticeably fatter than the right one, a bit warm too.", "calf_swollen_warm_tender", True),
    ("calf is bigger than the other one and hot after a long drive", "calf_swollen_warm_tender", True),
    ("my ankle is very inflamed, you can see it is bigger than the other one", "swelling", True),
    ("left calf swollen and warm since my flight, didnt run", "calf_tightness", "not stated"),
    ("and i havent run since the trip, calf is fine", "calf_cramps", "not stated"),
    ("my calf cramps in training but never when racing", "cramps_when_racing", False),
    # test drive 61: a metatarsal stress fracture's story read nothing ("Self-care: nothing ...
    # needs a clinician"): the long bone behind a toe is a metatarsal, the top of the forefoot the
    # top of the foot
    ("switched to barefoot shoes, top of my foot over the long bone behind my second toe hurts to press and "
     "builds with each run", "forefoot_bone_pain", True),
    ("pain on top of my forefoot that hurts to press", "forefoot_bone_pain", True),
    ("I land on my forefoot", "runs_on_toes", True),
    # test drive 62: a parent's "His teammate has shin splints ..., but his knee still hurts" is the
    # teammate's shin (read as the son's); the son's own words stay his
    ("My son is 15. His teammate has shin splints and is off, but his knee still hurts after football", "shin_pain",
     "not stated"),
    ("My son is 15. His teammate has shin splints and is off, but his knee still hurts after football", "knee_pain",
     True),
    ("My son is 15. His teammate has shin splints and is off, but his knee still hurts after football",
     "still_growing", True),
    ("my daughter's knee hurts, her friend has shin splints", "shin_pain", "not stated"),
    ("asking for my wife, her knee hurts on stairs", "knee_pain", True),
    # test drive 62: "worse when I pull my toes up" of a shoe's tendon, with no severity said, is no
    # acute compartment syndrome (read an ambulance); "baby wakes me up anyway" is no night pain
    # beside "not sure if its waking me at night" (read the red flag present); "im 34 F" (test
    # drive 61) is a woman
    ("the top of my foot hurts right under the laces, worse when I pull my toes up. pressing the bone doesnt hurt",
     "severe_leg_pain_after_exercise", None),
    ("shin is agony hours after the run, rock hard and swollen, and moving my toes makes it worse",
     "severe_leg_pain_after_exercise", True),
    ("the leg didn't stop hurting after I stopped, and moving the toes makes it worse", "severe_leg_pain_after_exercise",
     True),
    ("the top of my foot hurts right under the laces, worse when I pull my toes up. pressing the bone doesnt hurt",
     "forefoot_bone_pain", None),
    ("top of my foot hurts", "forefoot_bone_pain", True),
    ("not sure if its waking me at night tbh, baby wakes me up anyway lol", "pain_at_night", None),
    ("my knee wakes me at night", "pain_at_night", True),
    ("im 34 F", "is_female", True),
    ("im 34 M. knee pain", "is_female", False),
    ("ran 10 m further", "is_female", "not stated"),
    # test drive 61: "calf isnt swollen or warm, just tight" is a tight calf (read nothing, and
    # self-care with general prevention)
    ("calf isnt swollen or warm, just tight after the flight", "calf_tightness", True),
    ("calf isnt swollen or warm, just tight after the flight", "calf_swollen_warm_tender", False),
    # test drive 61: "my knee doesn't hurt at night, only on runs" is the knee's pain on runs (read
    # none, "Self-care: nothing ... needs a clinician")
    ("my knee doesn't hurt at night, only on runs", "knee_pain", True),
    ("my knee doesn't hurt at night, only on runs", "pain_at_night", False),
    ("my knee doesnt hurt at rest, only when i run", "knee_pain", True),
    ("my knee doesn't hurt at night, even on runs", "knee_pain", "not stated"),
    # test drive 61: pain where the Achilles meets the heel bone is not under the heel (read both,
    # and a plantar heel programme), and "worse on hills" beside it no weak climbing
    ("pain where the achilles meets the heel bone, worse on hills, sore pressing the back of the heel", "heel_pain",
     "not stated"),
    ("pain where the achilles meets the heel bone, worse on hills", "weak_uphill", "not stated"),
    ("knee sore, worse on hills, and I'm slow uphill", "weak_uphill", True),
    ("sore heel and pain under the heel, the achilles where it meets the heel bone is fine", "heel_pain", True),
    # set 86: a "nor" after a borrowed body part still denies (read present); "asked if my chest
    # hurts ... and honestly no it doesnt" answers the question (read chest pain on effort present)
    ("sitting through a film with knees bent doesnt hurt, nor lying on that side", "pain_sitting_or_lying_on_side",
     False),
    ("my dad asked if my chest hurts on the big hill reps and honestly no it doesnt", "chest_pain_with_exercise",
     False),
    ("my knee aches and honestly no idea why", "knee_pain", True),
    # a roster's "all good no aches" is no complaints (test drive 60: read nothing, "no answers")
    ("all good no aches", "no_complaints", True),
    ("Eli: all good nothing sore", "no_complaints", True),
    # "my knee hurts when squatting" is no knee moving inward on the single-leg squat test (test
    # drive 60's story)
    ("my knee hurts when squatting", "single_leg_squat_knee_in", "not stated"),
    ("knee caves in when i squat on one leg", "single_leg_squat_knee_in", True),
    ("never done a squat or a plank", "no_strength_training", True),
    # set 85: "no worries" is fine, no "no kick at the end" (read a weak push-off, the wrong way
    # round); a covid jab is no jab of pain; "not any more, touch wood" is over
    ("push off feels strong, i can kick at the end no worries", "weak_push_off", False),
    ("no worries, I'll send the video later", "no_complaints", "not stated"),
    ("how long after covid jab can you run", "pain_only_after_runs", "not stated"),
    ("sharp jab in my knee after running", "pain_only_after_runs", True),
    ("used to get outer knee pain at 8k but not any more, touch wood", "outer_knee_pain", False),
    # set 83: pointing the toes is no point tenderness (read the bone's tender spot denied)
    ("leg felt fine within an hour of the game, no tightness or swelling and pointing my toes doesnt hurt",
     "pinpoint_bone_pain", "not stated"),
    ("point tenderness on the shin", "pinpoint_bone_pain", True),
    # set 83: a test's question answered "can do it no problem" is no "can't hop" (urgent, the wrong
    # way round); a bus is a day's sitting only driven (set 82)
    ("hop on the sore leg? can do it no problem, didnt hurt a bit", "pain_on_hopping", False),
    ("Hopping on the sore leg? No", "pain_on_hopping", False),
    ("Coach note: relay order for Saturday is done, bus leaves at 7.30", "sits_all_day", "not stated"),
    ("I'm a bus driver", "sits_all_day", True),
    # test drive 58: a friend's stress fracture beside the runner's own shin pain is the friend's
    # (read urgent); "and her mum says" starts a clause the "hasn't" before does not reach (read
    # the skipped meals denied); "in the same month" is all at once, no steady load; a car's half
    # hour is no desk job; "my other calf is fine" says nothing of the swollen one; "no fall or
    # knock" is no knee knocking in
    ("now both my shins ache along the inner edge. My friend who started with me ended up with a stress "
     "fracture in her foot, so I'm a bit paranoid.", "pinpoint_bone_pain", "not stated"),
    ("My friend ended up with a stress fracture in her foot, so I'm a bit paranoid.", "pinpoint_bone_pain", True),
    ("She hasn't had a period for about 5 months and her mum says she's been skipping meals before races.",
     "low_energy_intake", True),
    ("I added two speed sessions a week and hill repeats in the same month getting ready for a 10k.",
     "recent_mileage_increase", True),
    ("same 30k a week for months", "recent_mileage_increase", False),
    ("Sitting in the car for more than half an hour is painful", "sits_all_day", "not stated"),
    ("Now my right calf is swollen, warm and aching. My other calf is fine.", "calf_tightness",
     "not stated"),
    ("my right knee aches, the other knee is fine", "knee_pain", True),
    ("it looks exactly the same as the other knee, same size, same shape", "swelling", False),
    ("No fall or knock that she remembers.", "knee_caves_in", "not stated"),
    ("her knees knock together when she runs", "knee_caves_in", True),
    # set 82: a typed cadence is still the measure (178 read a low step rate); "nor does" opens a
    # denial, "nor can I" an inability (read the pain lying on that side present); "better before
    # or after" is asked; "the two legs" are both
    ("my cadance is around 178 on easy runs", "low_step_rate", False),
    ("cadance is only like 158", "low_step_rate", True),
    ("sitting through a 3 hour film doesnt bother it, nor does lying on that side",
     "pain_sitting_or_lying_on_side", False),
    ("it aches on runs, nor can I lie on that side", "pain_sitting_or_lying_on_side", True),
    ("hamstring stretches, better before or after the run?", "pain_eases_after_warmup", "not stated"),
    ("knee is better after warming up", "pain_eases_after_warmup", True),
    ("no tingling going from my back down the two legs, not at all", "sciatica_both_legs", False),
    ("both my legs tingle, started in my back", "sciatica_both_legs", True),
    # "and warm" after a swelling is no warm-up (test drive 57 read pain that eases once warm); a
    # word of fine is the warm-up's own ("fine when warm" read it denied)
    ("my knee hurts and it's swollen, and warm", "pain_eases_after_warmup", "not stated"),
    ("hurts for a mile, fine when warm", "pain_eases_after_warmup", True),
    ("okay once warm", "pain_eases_after_warmup", True),
    ("it actually gets better once I'm warmed up then comes back that night", "pain_eases_after_warmup", True),
    ("the pain is there the whole run, it doesn't ease once I'm warmed up", "pain_eases_after_warmup", False),
    # the same road is no same mileage (test drive 56 read the rise in training denied)
    ("I run all my miles on the same cambered road", "recent_mileage_increase", "not stated"),
    ("same weekly mileage for months", "recent_mileage_increase", False),
    # a pain's words around a red flag's denial deny the flag only (test drive 56 read the Achilles
    # pain denied beside a calf pull: the torn-Achilles flag needs it)
    ("pushing off hurts no pop at the back of the ankle", "achilles_pain", "not stated"),
    ("pushing off hurts no pop at the back of the ankle", "achilles_snap", False),
    # a test the runner can do, said alone, is no result (test drive 56: "not sure", with "if it is
    # there: urgent"); with a verdict it is one
    ("my heel hurts in the morning. I can hop on it", "pain_on_hopping", "not stated"),
    ("my shin hurts. i can hop on it fine", "pain_on_hopping", False),
    # a "not" kept by the place it comes before, not taken by a pain on a borrowed body part (test
    # drive 56 read the pain higher up the tendon present, and mid-portion Achilles tendinopathy)
    ("the back of my heel hurts where the tendon joins the bone. Its not sore higher up the tendon",
     "achilles_pain_above_heel", False),
    # a bus stop is a place, not a stopping (set 80 read the pain on walking denied); "my knew hurts"
    # is the knee (voice typing)
    ("even walking to the jeepney stop hurts now", "pain_when_walking", True),
    ("walking to the bus stop hurts", "pain_when_walking", True),
    ("my knee has stopped hurting", "knee_pain", False),
    ("my knew hurts after every run lately", "knee_pain", True),
    # Kenyan "sawa" (fine), Jamaican "nuh" (not): set 79 read both the wrong way round
    ("the achilles is sawa now", "achilles_pain", False),
    ("my calf nuh cramp at all", "calf_cramps", False),
    # test drive 55: a pain denied at rest, at night, walking or sitting says nothing of the place's
    # pain on runs (read the knee pain denied in a story of knee pain); a run said denies both
    ("The knee isn't swollen and it doesn't hurt at rest.", "knee_pain", "not stated"),
    ("The knee isn't swollen and it doesn't hurt at rest.", "pain_at_rest", False),
    ("my shin doesnt hurt at night", "shin_pain", "not stated"),
    ("my knee doesn't hurt when walking", "knee_pain", "not stated"),
    ("my knee doesn't hurt when I run or at rest", "knee_pain", False),
    ("no knee pain at all, even at night", "knee_pain", False),
    ("no shin splits this time", "shin_pain", False),
    ("ran negative splits on sunday", "pain_sitting_or_lying_on_side", "not stated"),
    # test drive 54: "didn't do the hop test" did not try it; "last night my shin was sore after"
    # is the evening of a run, no night pain
    ("didn't do the hop test, knee hurts on stairs", "pain_on_hopping", None),
    ("last night my shin was sore after", "pain_at_night", "not stated"),
    ("last night it hurt after I went to bed", "pain_at_night", True),
    # set 78: a press that found "nothing" denies what its clause read; "did wake me ... but not any
    # more" is a past over
    ("pressed the bony bump under my kneecap, nothing", "pain_below_kneecap", False),
    ("pressed along the shin bone, nothing", "pinpoint_bone_pain", False),
    ("it did wake me the first week but not any more, sleeping fine now", "pain_at_night", False),
    # test drive 54: one run's soreness "last night", settled by now, is still the complaint; a
    # past of a week or a year ago that is over is not
    ("ran 10k last night and my shin was sore after, fine now", "shin_pain", True),
    ("it woke me the first week, now fine", "pain_at_night", False),
    ("had numbness in my toes last year, gone now", "numbness_tingling", False),
    # test drive 54: a test only named, then a sentence of another symptom, has no result
    # ("No swelling" read as the hop test's, pain on hopping: urgent)
    ("I haven't done the single leg squat test or the hop test. No swelling", "pain_on_hopping", None),
    ("did the hop test. No swelling", "pain_on_hopping", None),
    ("hop test. no pain", "pain_on_hopping", False),
    ("Thomas test. Thigh drops flat.", "thomas_test_positive", False),
    # voice typing's homophones (test drive 52): "my need" before a word of pain is the knee, "a
    # kill ease" the Achilles; "I need help" and "the kill is easy" are neither
    ("my need hurts going down stairs", "knee_pain", True),
    ("pain in my a kill ease tendon", "achilles_pain", True),
    ("I need help with my knee plan", "knee_pain", "not stated"),
    ("the kill is easy", "achilles_pain", "not stated"),
    # "dodgy" alone is no body part's (set 75: "is it dodgy" read knee pain)
    ("does ibuprofen before a race actually help or is it dodgy", "knee_pain", "not stated"),
    ("my knee has been dodgy since the marathon", "knee_pain", True),
    ("sore knee", "no_complaints", "not stated"),
    # the flat of a course is no flat stomach; a guess asked is no statement (test drive 24)
    ("chest goes tight on the hill reps, fine on the flat", "wants_visible_abs", "not stated"),
    ("I want a flat stomach", "wants_visible_abs", True),
    ("Probably just a calf strain?", "calf_sudden_pain", "not stated"),
    ("I reckon it's a calf strain", "calf_sudden_pain", True),
    # texting: "kinda", "n" for and, "tho", "comin" (test drive 24); a lone "n" still answers no
    ("knee feels kinda crunchy n achy when i do hills esp comin down", "knee_pain", True),
    ("Any swelling? n", "swelling", False),
    # a bum that hurts to sit on is the sitting bone; hard chairs are no hill that feels hard (test drive 24)
    ("pain in my bum when i sit on hard chairs and when i do hill reps", "buttock_pain_at_sitting_bone", True),
    ("pain in my bum when i sit on hard chairs and when i do hill reps", "weak_uphill", "not stated"),
    ("hills feel hard on my legs these days", "weak_uphill", True),
    # easing some minutes into a run is the warm-up pattern; easing after stopping is not (test drive 24)
    ("it eases after 10 minutes of running", "pain_eases_after_warmup", True),
    ("both shins go tight and burning 15 minutes into every run and ease about 5 minutes after I stop",
     "pain_eases_after_warmup", "not stated"),
    # a body part put against another in a text with no symptom word answers where it hurts (set 32);
    # not a muscle that gives out, nor a place below a part
    ("not my knee at all actually, it's the ankle", "knee_pain", False),
    ("not my knee at all actually, it's the ankle", "ankle_pain", True),
    ("it's not the quads that give out, it's the calves", "calf_tightness", "not stated"),
    ("Nothing in the hip or groin, its all below the knee.", "knee_pain", "not stated"),
    # "there's no, and I mean zero, pain at rest": the "no" waits past the aside (set 32 read it present)
    ("there's no, and I mean zero, pain at rest", "pain_at_rest", False),
    ("I have no, absolutely none, swelling", "swelling", False),
    ("No, my knee hurts", "knee_pain", True),
    # set 33: "can't press without jumping" is the pain; "never had a pain-free night" is night pain
    ("one spot on the shin bone I can't press without jumping", "pinpoint_bone_pain", True),
    ("never had a pain-free night since the fall", "pain_at_night", True),
    ("I've never been pain free at night", "pain_at_night", True),
    # idioms of none and fine; a peep is no pee; "let alone" goes on denying; "as if" answers no
    ("my husband says his knee is fine now, three parkruns and not a peep out of it", "bladder_bowel_change",
     "not stated"),
    ("Groin pain? Sweet FA, it's all in my foot", "hip_or_groin_pain", False),
    ("lower back is sweet as, never bothers me on the run", "low_back_pain", False),
    ("Never broken a bone, let alone had a stress fracture", "previous_bone_stress_injury", False),
    ("Numb? As if. The toes feel everything", "numbness_tingling", False),
    ("it feels as if someone kicked me in the calf", "calf_sudden_pain", True),
    ("Don't think I've ever had pins and needles in the foot, no", "numbness_tingling", False),
    ("Rolled the left ankle years back, been sound as a pound ever since", "joint_gives_way", False),
    # "not a single run where ... don't" is every run; "not building run by run" is no such thing
    # (set 33); "no stranger to" has had them; landing "under myself" is no overstriding
    ("not a single long run where my calves don't cramp", "calf_cramps", True),
    ("the groin ache has stayed the same for weeks, it is not building run by run and standing on that "
     "leg doesn't hurt", "groin_pain_worsening", False),
    ("No stranger to stress fractures, had two in the foot at uni", "previous_bone_stress_injury", True),
    ("Overstriding? Physio said I land right under myself, nice and quiet", "overstrides", False),
    ("Nothing wrong with me at all, fit as a fiddle, just want to keep it that way", "no_complaints", True),
    # fc25: a texted "n" or "&" between words ends a negation as "and" does; a back that went or is
    # out is back pain, and "no leg pain" after it denies no back; "not just at night" is at night
    ("no swelling n my knee aches at night", "pain_at_night", True),
    ("no swelling & my knee aches at night", "pain_at_night", True),
    ("chest went tight on the hill reps n it still hasnt eased, stopped 20 mins ago", "acute_chest_pain", True),
    ("my back went lifting the bins, no numbness, no leg pain, peeing fine", "low_back_pain", True),
    ("my back's gone", "low_back_pain", True),
    ("ive put my back out", "low_back_pain", True),
    ("knee's been aching, not just at night but on runs too", "pain_at_night", True),
    # a guess asked is no question answered by what follows (fc25 read the calf strain denied)
    ("calf's tight n sore after parkrun, probably just a calf strain? no swelling n walking ok",
     "calf_sudden_pain", "not stated"),
    # a negation of a time says nothing of a normal state: "nor when lying on either side" (fc25)
    ("outside of my hip aches on runs, no pain at night nor when lying on either side",
     "pain_sitting_or_lying_on_side", False),
    # "pinpoint" pain is the one spot a bone stress injury hurts at (twenty-third session: read shin pain only)
    ("pinpoint pain on my shin", "pinpoint_bone_pain", True),
    ("no pinpoint tenderness, the whole shin aches", "pinpoint_bone_pain", False),
    # what was said gone, then said to be back, is there (set 33); a result that came back is no return
    ("thought the tingling was gone but it's back in my toes", "numbness_tingling", True),
    ("the swelling had settled but it's up again after Sunday", "swelling", True),
    ("the swelling went down and it hasn't come back", "swelling", False),
    ("no pain at night now, the scan came back clear", "pain_at_night", False),
    # someone else's symptom beside the runner's "not me" is the runner's denial (set 34); a
    # parent's words about their child stay the child's
    ("my sister gets numb toes on long runs, I don't", "numbness_tingling", False),
    ("my mum's ankle gives way on kerbs, mine never has", "joint_gives_way", False),
    ("Half my group has shin splints, I've done 9 weeks with no shin pain", "shin_pain", False),
    ("my lad (13) hobbles after football but there's no swelling I can see", "limping", True),
    ("my son's knee hurts after football, I don't know why", "knee_pain", True),
    ("my partner says my knee caves in, I don't see it", "knee_caves_in", True),
    # ... and another person's complaint beside the runner's own pain ("my knee aches"), anywhere
    # in the text, is not read (test drive 55: a teammate's stress fracture sent the runner to a
    # clinician today; a buddy's chest pain, a sister's plantar fasciitis read as the runner's)
    ("my teammate has a stress fracture in her shin, my knee aches round the kneecap", "pinpoint_bone_pain",
     "not stated"),
    ("my running buddy had chest pain on a hill last week, my achilles is stiff in the mornings",
     "chest_pain_with_exercise", "not stated"),
    ("my sister has plantar fasciitis and my knee hurts", "heel_pain", "not stated"),
    ("my knee aches on stairs, and my teammate has a stress fracture", "pinpoint_bone_pain", "not stated"),
    ("ok so my left knee has been aching for 3 wks. my running buddy Jess has shin splints rn so we've both "
     "been moaning lol", "shin_pain", "not stated"),
    ("my teammate has a swollen hot knee and a fever, my shins ache after runs", "shin_pain", True),
    ("Hi, 54F triathlete. My hip flexors don't feel tight", "is_female", True),   # (the runner, "54 female")
    ("my daughter has sore shins, I think she does too much", "shin_pain", True),
    # a negation over a list of body parts or of symptoms reaches its last item (set 34)
    ("no neck, shoulder, hip or low back pain", "low_back_pain", False),
    ("no throbbing, aching, burning or pain at rest", "pain_at_rest", False),
    # a part's pain said before, then the runner cannot stand on it: the hip red flag (test drive 25 read it denied)
    ("groin pain for 3 weeks, can't stand on that leg", "groin_pain_worsening", True),
    # clinicians' "nil" after, "NAD" before (test drive 25: all three read present)
    ("night pain nil", "pain_at_night", False),
    ("Swelling nil", "swelling", False),
    ("P+ stairs/squat, NAD effusion", "swelling", False),
    # a watch's weekly distances: an arrow, a list of weeks, "this week vs last" (test drive 25: unread)
    ("Wkly vol 30->55 km over 3 wks", "recent_mileage_increase", True),
    ("Garmin summary last 4 wks: 22km, 24km, 38km, 45km", "recent_mileage_increase", True),
    ("weekly mileage: 40, 41, 40, 42", "recent_mileage_increase", False),
    ("Strava says 52km this week vs 31km last week", "recent_mileage_increase", True),
    ("14/11 | 10k | 58:20 | swelling: nil", "recent_mileage_increase", "not stated"),
    # periods not back while breastfeeding are no RED-S sign (test drive 25)
    ("breastfeeding, periods haven't come back yet", "missed_periods", "not stated"),
    # a denial of one side says nothing of the other side's complaint (test drive 25)
    ("outside of my right knee stings on runs, left knee no problems", "knee_pain", "not stated"),
    ("right knee hurts on stairs, no pain at night on the left", "pain_at_night", "not stated"),
    ("left knee is fine, it's only my right ankle playing up", "knee_pain", False),
    # what has not happened states nothing present (set 34); a real situation with "if" does
    ("if it swelled I'd stop running straight away", "swelling", "not stated"),
    ("in case I get shin splints, what should I do?", "shin_pain", "not stated"),
    ("physio warned it might swell up if I pushed it, but so far there's been no swelling at all", "swelling", False),
    ("if I run more than 5k my knee aches", "knee_pain", True),
    # a form's "none found along ..." and "don't own one" answer its label (set 34: read present)
    ("Bone tenderness on palpation: none found along shin or foot", "pinpoint_bone_pain", False),
    ("Hydration pack: don't own one", "wears_hydration_pack", False),
    ("Shoes: don't know the model", "switched_to_minimal_shoes", "not stated"),
    # a pain score after a part: nought is none of it, any other is pain; an effort score is neither (set 34)
    ("Lower back: 0/10 after the full 42.2", "low_back_pain", False),
    ("knee 3/10 on stairs", "knee_pain", True),
    ("easy run at RPE 3/10", "knee_pain", "not stated"),
    # "can't keep the knee from diving in" is its diving in (sets 33, 34); a label with its own
    # negation is no form label ("it wasn't a stone: felt like someone kicked ...", set 34)
    ("Can't keep the knee from diving in when I do the one-leg squat", "single_leg_squat_knee_in", True),
    ("cant keep my balance on one leg, had to put the other foot down after 10 secs", "wobbles_on_one_leg", True),
    ("no, it wasn't a stone: felt like someone kicked the back of my ankle and heard a pop", "achilles_snap", True),
    # a hold's minutes and seconds are its seconds (set 34 read "1:30" as one second)
    ("side plank 1:30 each side, could've gone longer", "side_plank_short", False),
    # fc26: not bearing weight after groin pain is the hip red flag; "plantar fascia" is heel
    # pain; a chain of weeks; a swollen face or wrist is no leg swelling
    ("groin's been sore for weeks and now I can't weight bear on that side", "groin_pain_worsening", True),
    ("can't put any weight on my left leg since the groin pain started", "groin_pain_worsening", True),
    ("my plantar fascia is killing me first steps in the morning", "heel_pain", True),
    ("weekly km 20 -> 25 -> 32 -> 45", "recent_mileage_increase", True),
    ("stung by a wasp, face is swollen", "swelling", "not stated"),
    ("swollen wrist after a fall", "swelling", "not stated"),
    # fc26: a face's swelling or tingle is no leg's; "back running" is running again, no back
    ("got stung by a wasp and my face is all puffy and swollen now, lips tingly", "swelling", "not stated"),
    ("face swelled up after a bee sting, lips tingly", "numbness_tingling", "not stated"),
    ("I'm back running after a break, knee sore", "low_back_pain", "not stated"),
    ("my knee puffed up after the run", "swelling", True),
    # set 35: emoji as a form's answers; Scots; "no X gets/stops Y" is Y there; "not a hill where ... doesn't"
    ("swelling ❌", "swelling", False),
    ("night pain 👎", "pain_at_night", False),
    ("knee 👍", "knee_pain", False),
    ("nae swelling, it looks the same as the other one", "swelling", False),
    ("Ah dinnae get ony pain in ma shins", "shin_pain", False),
    ("no amount of rolling gets the tightness out of my calves after runs", "calf_tightness", True),
    ("there's no stopping the pins and needles once they start", "numbness_tingling", True),
    ("not a hill where my chest doesnt get tight and heavy", "chest_pain_with_exercise", True),
    ("ok will try that and report back 👍", "low_back_pain", "not stated"),
    # the place said first, then one denied: "its the ankle not the shins" (set 35: read nothing)
    ("its the ankle not the shins", "shin_pain", False),
    ("its the ankle not the shins", "ankle_pain", True),
    ("its the groin not the side of the hip", "outer_hip_pain", False),
    # "no way I can" is "I can't": with "without wincing", the red flag (set 35 read it denied)
    ("theres no way i can press that one spot on my shin bone without wincing", "pinpoint_bone_pain", True),
    ("no way I can hop on it", "pain_on_hopping", True),
    ("i cannae walk wi'oot a limp", "limping", True),
    # "my problem is the outside of my knee" is the pain there (fc27: read nothing); not "below the knee"
    ("my sister gets shin splints, I don't. my problem is the outside of my knee at about 5k in", "outer_knee_pain", True),
    ("Hips and groin are both free of pain, the trouble is all below the knee.", "knee_pain", "not stated"),
    # a fall of the runner, a knock of the head, is no knee falling in (fc27)
    ("knee is sore from the fall too", "knee_caves_in", "not stated"),
    ("no head knock, just sore shins", "knee_caves_in", "not stated"),
    ("my knee falls in when I land", "knee_caves_in", True),
    # sciatica down both legs is the cauda-equina red flag; down one leg, or shin splints in both
    # legs, is not (test drive 25: "pins and needles in my bum and both legs" read only tingling)
    ("pins and needles in my bum and both legs since yesterday, back pain", "sciatica_both_legs", True),
    ("my sciatica is now going down both legs", "sciatica_both_legs", True),
    ("sciatica in my left leg", "sciatica_both_legs", "not stated"),
    ("shin splints on both legs", "sciatica_both_legs", "not stated"),
    ("both legs ache after the marathon", "sciatica_both_legs", "not stated"),
    ("sciatica only down one leg, the right", "sciatica_both_legs", False),
    # set 37: a list after "without any X" goes on with the denial; "without the first" is no
    # "not the first"; "can't ... without limping" limps; "the one" after "apart from" or "except"
    # is one had; "not one run ... pain-free" and "not once ... not been sore" hurt every time
    ("a month now without any shin pain, front or inner edge", "shin_pain", False),
    ("front or inner edge", "shin_pain", "not stated"),
    ("no morning without the first steps being stiff, loosens after a walk", "morning_stiffness", True),
    ("this isn't the first stress fracture", "previous_bone_stress_injury", True),
    ("can't even walk to the car without limping", "limping", True),
    ("can walk without limping now", "limping", False),
    ("no stress fractures apart from the one in my foot in 2022", "previous_bone_stress_injury", True),
    ("no calf strains except the one in 2023", "previous_calf_strain", True),
    ("no swelling except a bit around the ankle", "swelling", True),
    ("not one run this month has been knee pain-free, it aches during and after every one", "knee_pain", True),
    ("not once have my shoulders and upper back not been sore after a long run", "shoulders_upper_back_sore", True),
    ("not once did my knee hurt", "knee_pain", False),
    # set 37: "themselves" is a little word; a form's "no" before two words of its own denies them;
    # the fronts of the thighs are the quads
    ("the Achilles is sore but the calf muscles themselves aren't tight", "calf_tightness", False),
    ("watched the track video twice: no torso rotation at all", "torso_twists", False),
    ("Q6 chest discomfort on exertion, e.g. climbing hills: never experienced", "chest_pain_with_exercise", False),
    ("calves were cooked by 25k but the fronts of my thighs didn't tire at all", "quads_tire_long_runs", False),
    # set 37: "hurts nowhere" is no pain; "out of nowhere" is no negation; "nowhere near 150" is
    # not 150
    ("top of the foot is fine, pressing along the long foot bones hurts nowhere", "forefoot_bone_pain", False),
    ("knee hurts nowhere", "knee_pain", False),
    ("pain out of nowhere in my knee", "knee_pain", True),
    ("my heart races out of nowhere on easy runs", "palpitations_with_exercise", True),
    ("step rate has been nowhere near 150 since the metronome work, high 170s now", "low_step_rate", False),
    ("the knee pain is nowhere near as bad", "knee_pain", True),
    # dizziness after a knock to the head is the head injury's, not the exercise-fainting red flag;
    # a faint is still that (note 23); running tights are no tightness (test drive 25)
    ("hit my head when I fell, dizzy since, and my knee hurts", "fainting_with_exercise", "not stated"),
    ("banged my head on a branch last week. I get dizzy spells on runs now", "fainting_with_exercise", "not stated"),
    ("fainted at mile 10 and hit my head", "fainting_with_exercise", True),
    ("dizzy at the end of runs", "fainting_with_exercise", True),
    ("bled loads thru my tights after the fall, knee sore", "morning_stiffness", "not stated"),
    ("my calves feel tight in compression tights", "calf_tightness", True),
    # a self-test's result does not take the next sentence of a note (test drive 26: night pain
    # read the wrong way round both times); a test only named does
    ("shin pain. Hop test fine. Night pain yes.", "pain_at_night", True),
    ("38F. Ant knee pain R, worse squat + stairs. No effusion, no locking, no giving way. SL squat: dynamic valgus R. Night pain nil.", "pain_at_night", False),
    ("knee pain. SL squat: dynamic valgus R. Swelling nil.", "swelling", False),
    ("knee pain. SL squat: dynamic valgus R. Swelling nil.", "single_leg_squat_knee_in", True),
    ("I hopped on it. It hurt.", "pain_on_hopping", True),
    ("Thomas test. Thigh drops flat.", "thomas_test_positive", False),
    # test drive 26: everyday words for saddle numbness and retention are the cauda-equina red
    # flag's; sciatica is read (one leg: a nerve in the leg; both: the red flag); a leak with a
    # cough is the pelvic floor's
    ("my back's been bad for a week and today i noticed my bum and the inside of my thighs feel numb when i wipe", "saddle_numbness", True),
    ("numb around my back passage", "saddle_numbness", True),
    ("my private parts feel numb", "saddle_numbness", True),
    ("cant feel myself when i wipe, back is agony", "saddle_numbness", True),
    ("feeling down there in the saddle area is normal, wiping feels like always", "saddle_numbness", False),
    ("my back is killing me and i havent been able to pee since this morning", "bladder_bowel_change", True),
    ("since my back went i cant empty my bladder properly", "bladder_bowel_change", True),
    ("my sciatica has moved and now its going down both legs, both feet tingle", "sciatica_both_legs", True),
    ("i have sciatica down my left leg", "numbness_tingling", True),
    ("i have sciatica down my left leg", "sciatica_both_legs", "not stated"),
    ("small leak of wee when i run downhill or cough, been like that since my 2nd baby", "bladder_bowel_change", "not stated"),
    # "can't get past 5k before my knee hurts": the negation is of the distance (set 37's kin read
    # the pain denied); "no knee pain before or after runs" still denies it
    ("can't get past 5k before my knee hurts", "knee_pain", True),
    ("I never get past 3 miles before my shins start hurting", "shin_pain", True),
    ("never get more than 2 miles before the calf tightens", "calf_tightness", True),
    ("no knee pain before or after runs", "knee_pain", False),
    # (a denial that ends at a time says it is there after it: set 39)
    ("never had shin pain before this block", "shin_pain", True),
    ("haven't had any knee trouble before this", "knee_pain", False),
    ("never had a stress fracture until last year, it was in my foot", "previous_bone_stress_injury", True),
    ("never ran in minimalist shoes before this summer", "switched_to_minimal_shoes", True),
    ("never had a stress fracture before", "previous_bone_stress_injury", False),
    ("no knee pain until I upped my mileage", "knee_pain", True),
    # fc28: more words for sciatica in both legs and the saddle; sick beside a head knock is the
    # head injury's
    ("nerve pain down both legs from my back", "sciatica_both_legs", True),
    ("shooting pain down both legs", "sciatica_both_legs", True),
    ("tingling round my bum and inner thighs since my back went", "saddle_numbness", True),
    ("I get pins and needles in my toes after about 40 minutes of running and the foot goes a bit numb", "saddle_numbness", "not stated"),
    ("banged my head falling on the trail, feel dizzy and sick", "fainting_with_exercise", "not stated"),
    # a note's capital N after a label is a no (fc28: "Saddle numbness N." read the emergency);
    # a texted "n" is still "and"
    ("Saddle numbness N. Bladder N.", "saddle_numbness", False),
    ("Saddle numbness N. Bladder N.", "bladder_bowel_change", False),
    ("Swelling Y. Night pain N.", "pain_at_night", False),
    ("knee n shin sore", "shin_pain", True),
    # set 39: "like I used to" compares with now; a negated ceiling is a most; a pain gone once warmed up
    ("I can't hold my wee like I used to, that's new", "bladder_bowel_change", True),
    ("At 57 I can't accelerate like I used to at the end of races", "weak_push_off", True),
    ("I can't get my cadence above 150 on easy runs", "low_step_rate", True),
    ("cadence never goes over 155", "low_step_rate", True),
    ("my cadence isn't 150 any more", "low_step_rate", False),
    ("it never hurts once I'm warmed up, but it's sore again that evening", "pain_eases_after_warmup", True),
    ("no pain once I've warmed up", "pain_eases_after_warmup", True),
    ("the pain doesn't ease once I'm warmed up", "pain_eases_after_warmup", False),
    ("the calf is neither warm nor tender", "pain_eases_after_warmup", "not stated"),
    ("no weakness in the leg muscles during exercise", "foot_drop_or_weakness", False),
    ("she does circuits with the club every Thursday", "no_strength_training", False),
    # sciatica said in both legs without "both legs" (set 39, test drive 26); "leg" alone denies nothing
    ("it's not just one leg any more, the sciatica goes down both", "sciatica_both_legs", True),
    ("my sciatica is on both sides now", "sciatica_both_legs", True),
    ("the sciatica has moved across to the other leg as well", "sciatica_both_legs", True),
    ("sciatica going down the right leg as well", "sciatica_both_legs", True),
    ("sciatica down my left leg", "sciatica_both_legs", "not stated"),
    ("both sides of my hips are tight", "sciatica_both_legs", "not stated"),
    ("pt denies pins and needles or numbness in either leg", "numbness_tingling", False),
    ("pins and needles in my left foot, and my right calf is tight too", "sciatica_both_legs", "not stated"),
    ("the sciatica is only down the left leg, not both", "weak_knee_drive", "not stated"),
    ("Nothing down the legs, no numbness.", "wobbles_on_one_leg", "not stated"),
    # a label answered "not sure" is not known, neither a no nor a yes (test drive 27)
    ("Saddle numbness? not sure", "saddle_numbness", None),
    ("Bladder or bowel changes? not sure tbh", "bladder_bowel_change", None),
    ("Swelling: unsure", "swelling", None),
    ("Numbness in the groin or bum? no idea", "saddle_numbness", None),
    ("Chest pain on runs? don't know", "chest_pain_with_exercise", None),
    ("Numbness? dunno", "numbness_tingling", None),
    ("Night pain? no", "pain_at_night", False),
    ("Shoes: don't know the model", "switched_to_minimal_shoes", "not stated"),
    ("can't tell if my groin is numb or just cold", "saddle_numbness", None),
    ("knee hurts on stairs, is it swollen? I can't tell", "swelling", None),
    # ... but a lost sense of the bladder is the red flag, and "I can't tell" alone names nothing
    ("I can't tell when my bladder is full any more", "bladder_bowel_change", True),
    ("I don't know when I need to wee any more", "bladder_bowel_change", True),
    ("I can't tell", "bladder_bowel_change", "not stated"),
    ("I don't know why but my ankle keeps giving way", "bladder_bowel_change", "not stated"),
    # test drive 27: a past that is over; everyday bladder and bowel words
    ("I fainted once as a teenager at a concert, never while running", "fainting_with_exercise", "not stated"),
    ("as a kid I had shin splints", "shin_pain", "not stated"),
    ("my kid has shin splints", "shin_pain", True),
    ("my shin hurt at night last month but not anymore, now it just aches after long runs", "pain_at_night", False),
    ("my shin hurt at night last month but not anymore, now it just aches after long runs", "shin_pain", True),
    ("my knee hurt last month but not anymore", "knee_pain", False),
    ("my achilles hurt for a week in March but it's been fine since", "achilles_pain", False),
    ("since then I've had trouble holding my poo", "bladder_bowel_change", True),
    ("it's harder to pee since Tuesday", "bladder_bowel_change", True),
    # a rise in load said with its reason or its start (test drive 27: none was read)
    ("started when i upped my miles for my first half", "recent_mileage_increase", True),
    ("it started when I began doing track intervals", "recent_mileage_increase", True),
    ("my hip has been achy on long runs since I started marathon training in January", "recent_mileage_increase", True),
    ("we do track intervals on tuesdays", "recent_mileage_increase", "not stated"),
    ("I'm training for my first marathon", "recent_mileage_increase", "not stated"),
    ("my miles have been the same for months", "recent_mileage_increase", False),
    # the bump just below the kneecap is not the ache around or behind it (test drive 27: a
    # 13-year-old's tibial-tubercle pain was named runner's knee); "under the kneecap" is both
    ("My 13yo says the bony bump just below his kneecap hurts after running", "pain_around_kneecap", "not stated"),
    ("My 13yo says the bony bump just below his kneecap hurts after running", "pain_below_kneecap", True),
    ("dull ache under the kneecap going down stairs", "pain_around_kneecap", True),
    ("pain just below my kneecap, and behind the kneecap on stairs", "pain_around_kneecap", True),
    # a hedge the runner then says they do not know is not known; "not sure why" doubts no
    # statement (test drive 27: each hedge read present)
    ("maybe a bit of night pain, not sure", "pain_at_night", None),
    ("might be a bit swollen, hard to say", "swelling", None),
    ("unsure whether my shin has one sore spot", "pinpoint_bone_pain", None),
    ("i dunno if it's numb", "numbness_tingling", None),
    ("idk if my periods are regular", "missed_periods", None),
    ("Swelling? hard to say", "swelling", None),
    ("the pain is on the inside of the knee, not sure why", "knee_pain", True),
    ("knee hurts on runs, not sure", "knee_pain", True),
    ("idk, my knee hurts if i run downhill", "knee_pain", True),
    # "..., not since" says the clause before was a past, now over (test drive 27: night pain
    # and shin pain read now); what the sentence says of now stays
    ("it woke me at night last week, not since", "pain_at_night", False),
    ("my shins hurt for the first two weeks of couch to 5k, nothing since", "shin_pain", False),
    ("my knee hurts now and it woke me at night last week, not since", "knee_pain", True),
    ("my shin hurt at night last month but not anymore, now it just aches after long runs", "shin_pain", True),
    # a red flag's phrase inside the words of another observation's phrase is hidden, whichever
    # of that observation's phrases is its best (test drive 27: "both" moved it, and the
    # stress-fracture flag came back, urgent, for textbook shin splints)
    ("both shins sore along the inside of the bone", "pinpoint_bone_pain", "not stated"),
    ("one spot on my shin bone really hurts", "pinpoint_bone_pain", True),
    ("First steps out of bed I hobble like an old man, then it loosens up", "limping", "not stated"),
    # a red flag hedged ("maybe", "possibly", "could be", "might") is not known; a count after
    # the hedge affirms; a hedged complaint that is no red flag stays (test drive 28)
    ("maybe night pain", "pain_at_night", None),
    ("night pain maybe?", "pain_at_night", None),
    ("possibly some night pain", "pain_at_night", None),
    ("could be a bit of night pain", "pain_at_night", None),
    ("might be swollen", "swelling", None),
    ("possibly numb in the saddle area", "saddle_numbness", None),
    ("maybe a couple of nights a week it wakes me", "pain_at_night", True),
    ("i might have shin splints", "shin_pain", True),
    ("maybe 3 weeks ago my shin started hurting", "shin_pain", True),
    # "still" says a state goes on, whatever past the clause tells (test drive 28: a 16-year-old
    # "grew loads last year and still growing" lost the growth-plate flag)
    ("grew loads last year and still growing", "still_growing", True),
    ("my son is 16, grew loads last year and still growing", "still_growing", True),
    # "its" after "not" and a body part starts what it is instead, texted without a comma
    # (test drive 28 read the outer knee pain denied, and gave self-care)
    ("its not my kneecap its the outer side of the knee", "outer_knee_pain", True),
    ("its not my kneecap its the outer side of the knee", "pain_around_kneecap", False),
    ("its not the outside of the hip its deep in the groin", "hip_or_groin_pain", True),
    # set 41's kinds: "won't stop hurting" is a pain that goes on (a red flag read denied), not of
    # a pain that itself stops; "never used to be this hard" compares with now; "no hiding the
    # swelling" is plain to see; "never had knee trouble ..., now it's every single run" is now
    ("The top of my foot won't stop hurting, one of the long bones is tender to press and it's worse every run",
     "forefoot_bone_pain", True),
    ("my knee won't stop aching", "knee_pain", True),
    ("Hills never used to be this hard, I've no power on the climbs", "weak_uphill", True),
    # ... and "never used to" denies the past only, so says nothing of now (set 45: "Never used to
    # swell but now my ankle balloons after every mud run" read the swelling denied; since set 62
    # an ankle that balloons is swollen, now)
    ("my knee never used to hurt", "knee_pain", "not stated"),
    ("Never used to swell but now my ankle balloons after every mud run", "swelling", True),
    ("There's no hiding the swelling, the ankle is twice the size of the other one", "swelling", True),
    ("Never had knee trouble in 30 years of running, now it's every single run", "knee_pain", True),
    ("never had shin pain, now my knee hurts", "shin_pain", False),
    ("I've never had knee pain, now I just want to stay injury free", "knee_pain", False),
    # what was read about is no complaint; a club vest is a shirt (set 41)
    ("I've read up on runner's knee but I don't think it's that, there's no ache round the kneecap at all",
     "pain_around_kneecap", False),
    ("Got my club vest through the post today", "wears_hydration_pack", "not stated"),
    # a statement followed by a clause that only says "not sure" is hedged: a red flag in it is
    # not known, another observation stays (test drive 29: "maybe? hard to tell" read urgent)
    ("one spot on my shin hurts when i press it, maybe? hard to tell", "pinpoint_bone_pain", None),
    ("one spot on my shin hurts when i press it, not sure", "pinpoint_bone_pain", None),
    ("no night pain, not sure", "pain_at_night", None),
    ("felt dizzy and went down after the 300m rep", "fainting_with_exercise", True),
    # a red flag half found on the clause's words together yields to another red flag found
    # whole on them: "numbness down the leg" is a numb leg, not saddle numbness (note 26: denied
    # it, so the emergency's question could go unasked)
    ("No tingling or numbness down the leg.", "saddle_numbness", "not stated"),
    ("No tingling or numbness down the leg.", "numbness_tingling", False),
    ("tingling down my leg and numb between my legs", "saddle_numbness", True),
    ("numbness down my leg and in my groin", "saddle_numbness", True),
    ("I have had no chest discomfort, pressure or heaviness on exertion.", "chest_pain_with_exercise", False),
    # set 42's kinds: a normal state's word the stemmer drops ("strength even left and right"
    # matched "no strength difference left vs right", read one side weaker present)
    ("no strength difference left vs right", "one_side_weaker", False),
    # "never" says when, not where: no place contrasted
    ("never feel my hamstrings, it's always the quads that are fried", "quads_work_hamstrings_never", True),
    ("doesn't hurt after the first mile but it's back the next morning", "pain_eases_after_warmup", True),
    ("doesn't hurt after the first mile but it's back the next morning", "morning_stiffness", "not stated"),
    # "can't press on it" is too sore to press, never a denial
    ("can't press on the top of my foot, the bone there gets sorer after every run", "forefoot_bone_pain", True),
    # "now it aches" is the body part of the clause before
    ("never had knee problems before this season, now it aches every run", "knee_pain", True),
    # ... but a self-test's pain at a part never named is not that test: the groin is no outer hip
    # (test drive 32: gluteal tendinopathy named beside a femoral-neck red flag)
    ("groin pain is worse after every run and now it hurts just standing on that leg", "single_leg_stance_hip_pain",
     "not stated"),
    ("my hip drops when i squat on one leg", "single_leg_squat_knee_in", True),
    ("shins haven't stopped hurting since the season started", "exertional_leg_pain", "not stated"),
    ("Backs of my thighs aren't sore at all after the sprints", "hamstrings_tight_or_sore", False),
    ("no loss of power going uphill", "weak_uphill", False),
    ("Sitting through a 3 hour lecture is fine, the knee doesn't ache", "pain_sitting_or_lying_on_side", False),
    ("Sitting through a 3 hour lecture is fine, the knee doesn't ache", "sits_all_day", "not stated"),
    ("can't sit through class without my knee aching", "pain_sitting_or_lying_on_side", True),
    # a denial of any complaint at all, with no body part anywhere, is "no aches or pains" said
    # (note 26: "no pain at all" read nothing and the runner was told to try other words)
    ("no pain at all", "no_complaints", True),
    ("no aches or pains, just want to get faster", "no_complaints", True),
    ("nothing hurts", "no_complaints", True),
    ("I have no injuries", "no_complaints", True),
    ("no pain at all?", "no_complaints", "not stated"),
    ("no knee pain", "no_complaints", "not stated"),
    ("hop test: 10 hops each leg, no pain", "no_complaints", "not stated"),
    ("pressed hard on the bony point on the side of my hip, nothing, doesn't hurt", "no_complaints", "not stated"),
    ("not that it doesnt hurt, it does hurt, just not when Im lying in bed at rest", "no_complaints", "not stated"),
    # test drive 30: clinicians' words for saddle numbness, and pain on walking (not on stairs,
    # hills or the morning's first steps)
    ("Physio note: 34M runner, LBP 2/52, reduced saddle sensation. Bladder OK.", "saddle_numbness", True),
    ("pt reports altered sensation in saddle region, B&B normal", "saddle_numbness", True),
    ("reduced perianal sensation", "saddle_numbness", True),
    ("paraesthesia L foot", "numbness_tingling", True),
    ("shins hurt when I walk", "pain_when_walking", True),
    ("it hurts when I walk to class", "pain_when_walking", True),
    ("pain walking", "pain_when_walking", True),
    ("my knee hurts when I walk downstairs", "limping", "not stated"),
    ("pain walking uphill", "limping", "not stated"),
    ("calf is swollen, tight and warm since I flew back from a marathon abroad", "low_back_pain", "not stated"),
    ("shins used to hurt only at the start, now they hurt every run", "shin_pain", True),
    # set 43's kinds
    ("since the long-haul flight my calf hasn't stopped being hot, swollen and tender", "calf_swollen_warm_tender", True),
    ("twisted my knee landing a rebound and couldn't believe how fast it swelled", "swelling", True),
    ("checked the cauda equina card, feeling around my saddle area is normal", "saddle_numbness", False),
    ("the NHS page said see a GP if it hurts at night, it doesn't", "pain_at_night", "not stated"),
    ("my calves always go tight on long runs", "calf_sudden_pain", "not stated"),
    ("felt something go in my calf", "calf_sudden_pain", True),
    ("the bone on top of my foot gets worse every run and I can't press on it", "forefoot_bone_pain", True),
    ("quads feel fine even at mile 15, it's my calves that go", "calf_sudden_pain", "not stated"),
    ("didn't feel anything go in the calf during the run", "calf_sudden_pain", False),
    # test drive 31: an age is denied only by a negation of its own words; a complaint in another
    # word before "ok now" is an episode over; "for no reason" says how; a place said two ways
    ("my son is 12 and never complains but his heels hurt after running", "still_growing", True),
    ("im 14 no swelling but my knee hurts below the kneecap on the bony bit", "still_growing", True),
    ("my cadence isn't 150 any more", "low_step_rate", False),
    ("Im 67 and nothing hurts", "no_complaints", True),
    ("tight chest on hills, ok now", "chest_pain_with_exercise", True),
    ("chest tightness on hills, fine now", "chest_pain_with_exercise", True),
    ("calf tight yesterday, fine now", "calf_tightness", False),
    ("my heart rate goes to 200 on easy runs sometimes for no reason", "palpitations_with_exercise", True),
    ("my hip/groin aches, getting worse every week", "groin_pain_worsening", True),
    # set 44: "it" after "not just a sore X" is X
    ("not just a sore calf, it's swollen, warm and tender since the flight back", "calf_swollen_warm_tender", True),
    ("It's not just a sore knee, it's hot and swollen and I've got a temperature", "hot_swollen_joint_fever", True),
    ("When I press along the bone there isn't one spot that's sharply sore, it's just a general ache", "pinpoint_bone_pain", False),
    ("shin pain, one spot about a hand above the ankle. it throbs all night", "ankle_pain", "not stated"),
    # "can't ... without" and "can't <do>" affirm the body part they name (set 44)
    ("I can't get up a hill without my chest feeling heavy", "chest_pain_with_exercise", True),
    ("I can't lift my foot properly on runs, it slaps on the ground", "foot_drop_or_weakness", True),
    ("I can run hills without any chest pain", "chest_pain_with_exercise", False),
    ("It doesn't go away even when I'm sat still on the sofa", "pain_at_rest", True),
    # "can't press" after the place is too tender to press (set 43), not "can't touch my toes"
    ("nothing else hurts except one spot on the shin bone that I can't press", "pinpoint_bone_pain", True),
    ("there's a spot on my shin I can't even touch, it's that sore", "pinpoint_bone_pain", True),
    ("I can't touch my toes", "pinpoint_bone_pain", "not stated"),
    # a negation of another observation's phrase inside a red flag's words is that phrase's (set 44)
    ("The shin pain isn't spread out down the bone, it's just one small spot", "shin_pain_long_stretch", False),
    ("The shin pain isn't spread out down the bone, it's just one small spot", "pinpoint_bone_pain", "not stated"),
    ("I can stand and hop on that leg without any groin pain", "pain_on_hopping", False),
    # "asked about X, ..." is X asked, then answered (set 45 read the emergency present)
    ("111 asked about saddle numbness, I don't have any", "saddle_numbness", False),
    ("the doctor asked about night pain, I don't get it", "pain_at_night", False),
    # "gone a few minutes after I stop" says how each bout ends, no pain gone (set 45)
    ("both shins go tight at the same point every run, and it's gone a few minutes after I stop", "shin_pain", "not stated"),
    ("both shins go tight at the same point every run, and it's gone a few minutes after I stop", "exertional_leg_pain", True),
    ("my knee pain is gone once I stop", "knee_pain", True),
    ("my knee pain is gone once I stop", "pain_only_after_runs", False),
    ("the achilles pain went away when I stopped running for a month", "achilles_pain", False),
    # set 45's kinds: "flats" are roads or shoes; a racing heart "like a drum"; "can't hold ... for
    # more than 15 seconds" is no test passed; "no tightness that builds ..." denies no normal state
    ("Can't run down any hill without the knee screaming, flats are ok", "wants_visible_abs", "not stated"),
    ("can't run more than 10 minutes without my heart going off like a drum", "palpitations_with_exercise", True),
    ("Can't hold the side plank on my left for more than 15 seconds, the right goes a minute", "side_plank_short", None),
    ("no tightness that builds up during the run and goes when I stop", "pain_eases_after_warmup", "not stated"),
    ("The gait video was a shock, my knees roll in every time my foot lands", "knee_caves_in", True),
    ("my feet roll in when I run", "knee_caves_in", "not stated"),
    ("I roll over and it eases", "knee_caves_in", "not stated"),
    # "never had X before" says X is new, not denied (set 44); a history keeps its denial
    ("Never had pain on top of my foot before, but it builds every run and the bone is tender to press",
     "forefoot_bone_pain", "not stated"),
    ("shin sore this week but I've never had a bone stress injury before, this would be the first",
     "previous_bone_stress_injury", False),
    ("at exactly 2 miles every time my shins go tight, then they're fine a few minutes after I stop",
     "exertional_leg_pain", True),   # (not denied by "fine"; read since session 30's shin words)
    # a negation before "and moving my toes ..." is not of it (set 44: the compartment flag read denied)
    ("The pain didn't settle with rest at all and moving my toes makes it scream", "severe_leg_pain_after_exercise", True),
    ("the leg pain calms right down with rest and moving my toes is fine", "severe_leg_pain_after_exercise", False),
    # squeezing the heel bone presses it: the heel stress-fracture sign (note 26)
    ("hurts when I squeeze the sides of the heel bone", "pinpoint_bone_pain", True),
    ("squeezed the heel bone from both sides, no pain", "pinpoint_bone_pain", False),
    # "steep" is no misspelt "sleep" (set 45 read night pain denied); "clench my abs" is bracing
    ("running down the steep bits of the course is fine on my knees", "pain_at_night", "not stated"),
    ("I don't clench my abs when I run, I just run relaxed", "braces_abs_every_run", False),
    # what was pressed, then "I" and what was found, without a comma (set 45)
    ("Pressing all along the shin bone I can't find any one sore spot", "pinpoint_bone_pain", False),
    ("pressing on the shin bone I feel one really sore spot", "pinpoint_bone_pain", True),
    ("doesn't hurt after I stop, only while I'm running", "exertional_leg_pain", "not stated"),
    ("No sudden sharp pain in the calf, I didn't have to stop", "exertional_leg_pain", "not stated"),
    # test drive 32: an age, a growth spurt or a school said of the past is no state of now
    ("Achilles stiff in the mornings, warms up after a mile. Been running since I was 14, I'm now 34.",
     "still_growing", False),
    ("Pain under my heel with the first steps in the morning. I broke my ankle when I was 12 but it healed fine.",
     "still_growing", "not stated"),
    ("my son is 22 and has pain under his heel in the mornings, he had a growth spurt at 14", "still_growing", False),
    ("my knee was sore at 10 km", "knee_pain", True),
    ("she is 12 and her heel hurts", "still_growing", True),
    ("she also rolled her ankle in high school", "joint_gives_way", "not stated"),
    ("I rolled my ankle at school today", "joint_gives_way", True),
    # a place alone goes on with the complaint before it, past a place denied (test drive 32)
    ("knee pain but not around the kneecap, more on the outside, comes on at 3 miles", "outer_knee_pain", True),
    ("knee pain, on the outside", "outer_knee_pain", True),
    ("calf pain after my long run, actually it's not the calf, it's lower", "calf_tightness", False),
    # set 46's kinds
    ("Any tips for packing work clothes so they don't crease on the run in?", "calf_swollen_warm_tender", "not stated"),
    ("Do carbon plate shoes make much difference over 10k?", "no_strength_training", "not stated"),
    ("I can't press on one spot on my shin without it really hurting", "pinpoint_bone_pain", True),
    ("I can't move my toes without the leg pain getting way worse, and rest isn't settling it",
     "severe_leg_pain_after_exercise", True),
    ("haven't been able to control my bladder properly since the back went", "bladder_bowel_change", True),
    ("haven't been able to control my bladder properly since the back went", "low_back_pain", True),
    ("not once since the track season ended has my hamstring felt loose", "hamstrings_tight_or_sore", True),
    ("couldn't do a single calf raise", "calf_raise_low", True),
    ("can't do any single leg bridges", "single_leg_bridge_low", True),
    ("No pain on the outer thigh or the outside of the knee", "outer_knee_pain", False),
    ("downhill is not making the knee or the thigh hurt more than on the flat", "knee_pain", "not stated"),
    ("there's no getting away from the pain on the outside of my knee at 4 miles, every time", "outer_knee_pain", True),
    ("Haven't stopped adding miles, gone from 20 to 40 a week since September", "recent_mileage_increase", True),
    ("my knee hasn't stopped hurting", "knee_pain", True),
    ("nothing hurts at the minute, I just want to keep it that way", "no_complaints", True),
    # a body part named as a past trouble is no pain there now (test drive 31)
    ("injury free for 2 years now after my achilles problem", "achilles_pain", "not stated"),
    ("injury free for 2 years now after my achilles problem", "no_complaints", True),
    ("my achilles problem is back", "achilles_pain", True),
    ("had chest pain on my run this morning", "morning_stiffness", "not stated"),
    ("did 10k this morning and know pain in the knee at all", "morning_stiffness", "not stated"),
    ("tender to press on the bony bit below my kneecap", "outer_hip_bony_point_tender", "not stated"),
    ("tender to press on the bony bit below my kneecap", "pain_below_kneecap", True),
    # a number said as the usual one, after a comma, is compared with the one before (note 27)
    ("ran 70 miles last week, usually 40", "recent_mileage_increase", True),
    ("I ran 45k this week, normally 30k", "recent_mileage_increase", True),
    ("ran 40 miles last week, usually 40", "recent_mileage_increase", False),
    # test drive 33's kinds
    ("hop test fine, no pain at night", "pain_at_night", False),
    ("calf raises fine, no pain at night", "pain_at_night", False),
    ("my nights are not fine", "pain_at_night", True),
    ("I can't press on the sore spot on my shin bone, it's been getting worse every run", "pinpoint_bone_pain", True),
    ("there's one spot on my shin that i cant press on, it hurts to walk", "pinpoint_bone_pain", True),
    ("I can't touch my toes", "severe_leg_pain_after_exercise", "not stated"),
    ("my achilles snapped 5 years ago, had surgery, now it's just stiff in the mornings", "achilles_snap", "not stated"),
    ("had achilles tendinitis years ago", "achilles_pain", "not stated"),
    ("when I was 13 my heels hurt (severs), I'm 35 now", "heel_pain", "not stated"),
    ("Had a metatarsal stress fracture two years ago.", "forefoot_bone_pain", "not stated"),
    ("Had a metatarsal stress fracture two years ago.", "previous_bone_stress_injury", True),
    ("I pulled my calf 2 years ago and it still hurts", "calf_tightness", True),
    ("theyre back :( sore along the inside of both shins", "low_back_pain", "not stated"),
    ("they're back, sore along the inside of both shins", "low_back_pain", "not stated"),
    ("my back is sore", "low_back_pain", True),
    ("no trouble accelerating when I need to", "weak_push_off", False),
    ("I have trouble accelerating", "weak_push_off", True),
    ("my legs don't tighten up at a set distance", "exertional_leg_pain", False),
    ("No real difference between sides on single leg bridges, both around 20.", "one_side_weaker", False),
    ("Since covid my heart won't settle, it races and skips", "palpitations_with_exercise", True),
    # set 47's kinds
    ("it's not just hot, the knee is red and swollen and I've had a temperature since yesterday",
     "hot_swollen_joint_fever", True),
    ("can't sit on the bike saddle or a hard chair without a deep ache right in the sitting bone",
     "buttock_pain_at_sitting_bone", True),
    ("I don't remember crossing the line, I came round on the grass", "fainting_with_exercise", True),
    ("no sudden pull in the calf, it came on gradually", "fainting_with_exercise", "not stated"),
    ("I came round to the idea of running", "fainting_with_exercise", "not stated"),
    ("not good at all on the one leg squat, the knee falls right in", "single_leg_squat_knee_in", True),
    ("single leg squat: good", "single_leg_squat_knee_in", False),
    ("my thigh didn't drop down in the Thomas test, it stayed up off the bed", "thomas_test_positive", True),
    ("Thomas test: thigh drops down fine", "thomas_test_positive", False),
    ("no pain until about 20 minutes in, every run, then my shins go tight", "pain_eases_after_warmup", "not stated"),
    # "... and it doesn't hurt" denies the pain of what the words before it did (set 46: the
    # sitting pain read PRESENT from them; now read denied, as the film's length is blanked)
    ("I can sit through a whole film with my knees bent and it doesn't hurt", "pain_sitting_or_lying_on_side",
     False),
    ("my knee aches on stairs and it doesn't swell", "knee_pain", True),
    # "hurts to walk first thing in the morning" is the first steps of the morning, not a limp
    # (session 28's open item: it read the limp flag, within days)
    ("it hurts to walk first thing in the morning under my heel", "morning_stiffness", True),
    ("it hurts to walk first thing in the morning under my heel", "limping", "not stated"),
    ("now it hurts to walk, even round the house", "pain_when_walking", True),
    # a heart that "doesn't race" with a word after it: "race" alone is a running word (session 28's
    # open item: unread); a race run is still no heart
    ("My heart doesn't race oddly or flutter", "palpitations_with_exercise", False),
    ("my heart races oddly on easy runs", "palpitations_with_exercise", True),
    ("my heart rate in the race was high", "palpitations_with_exercise", "not stated"),
    ("not an easy run this week without my heart suddenly racing out of nowhere", "palpitations_with_exercise", True),
    # set 48: chest pain that has not gone after stopping is the emergency (it read the exertional
    # one only); "no position ... stops it" is nothing stops it; "not been able to shake" the pain
    # is still having it; "can't lift the top leg more than a few inches" is the test failed
    ("the chest pain hasn't gone even though I stopped running 20 minutes ago", "acute_chest_pain", True),
    ("the chest pain has gone", "acute_chest_pain", False),
    ("no position at night stops it throbbing", "pain_at_night", True),
    ("not been able to shake the achilles pain since the marathon", "achilles_pain", True),
    ("Work as a nurse so I'm hardly ever sitting during a shift.", "sits_all_day", False),
    ("lying on my side I can't lift the top leg more than a few inches", "weak_side_lying_leg_lift", True),
    ("can't lift my leg past my knee height when I lie on my side", "weak_side_lying_leg_lift", True),
    ("I can't hold a side plank longer than 20 seconds on the left", "side_plank_short", None),
    # "heels don't touch the ground" is a toe runner (set 48: read nothing; the synonym with
    # "never" is a phrase of the past, so "don't" missed it)
    ("my heels don't touch the ground at all when I run", "runs_on_toes", True),
    ("SL balance 30s eyes open, steady, no touch-down", "runs_on_toes", "not stated"),
    # everyday words for eating too little (test drive 34: each read nothing, so RED-S with shin
    # pain was self-care)
    ("I cut way back on food, shins ache along the inside after runs", "low_energy_intake", True),
    ("cut down on eating since January", "low_energy_intake", True),
    ("barely eating at the moment", "low_energy_intake", True),
    ("eating pretty little, trying to get leaner", "low_energy_intake", True),
    ("i feel exhausted all the time", "low_energy_intake", True),
    ("not exhausted all the time, eating fine", "low_energy_intake", False),
    ("what should I eat before a 10k", "low_energy_intake", "not stated"),
    ("I eat little and often on long runs", "low_energy_intake", "not stated"),
    ("I cut down my mileage", "low_energy_intake", "not stated"),
    # a likeness yields to a denial (test drive 34: the nerve signs read present, a referral)
    ("hamstring pain high up at the sit bone, like sciatica but no tingling or numbness", "numbness_tingling", False),
    ("it feels like sciatica down my leg", "numbness_tingling", True),
    # what the runner can do is no pain of doing it (test drive 34: "I can walk" read the limp flag)
    ("calf twinge, I can walk but its sore on tiptoe", "limping", "not stated"),
    ("can run but it hurts when i walk", "pain_when_walking", True),
    ("I can stand on that leg fine", "single_leg_stance_hip_pain", False),
    # more hills or more speed work is a rise in load, whatever the mileage (test drive 34: the
    # mileage denied the rise; "hills" and "intervals" alone are said of any run)
    ("mileage is the same, but way more hills", "recent_mileage_increase", True),
    ("mileage hasn't gone up at all, but I do a lot more speed work lately", "recent_mileage_increase", True),
    ("we do track intervals on tuesdays", "recent_mileage_increase", "not stated"),
    ("arm swing stays strong all the way up the hills", "recent_mileage_increase", "not stated"),
    # shoes alone are no switch of shoes; where the tendon meets the bone is insertional (test
    # drive 34: "worse when shoes rub" led the causes, as a switch to minimal shoes)
    ("worse when shoes rub", "switched_to_minimal_shoes", "not stated"),
    ("I haven't changed shoes", "switched_to_minimal_shoes", False),
    ("got some xero shoes last month", "switched_to_minimal_shoes", True),
    ("heel pain, its at the back where the tendon meets the bone", "achilles_pain_at_heel_bone", True),
    # the back of the ankle is no low back (test drive 34: weak core came into the top 3)
    ("my ankle hurts at the back, just above the heel", "low_back_pain", "not stated"),
    ("my lower back aches after long runs", "low_back_pain", True),
    # a physio's note of the shin (test drive 34: unread, so a shin-splints case was self-care)
    ("Medial tibial pain diffuse, lower 1/3, TTP >5cm length", "shin_pain_long_stretch", True),
    ("nil TTP tibial tuberosity", "pinpoint_bone_pain", "not stated"),
    # set 48: "it" is the tendon, attached at the back of the heel
    ("it's not up the tendon, it's right where it attaches to the back of the heel", "achilles_pain_at_heel_bone", True),
    ("pain under my heel where it meets the arch", "achilles_pain_at_heel_bone", "not stated"),
    # a low cadence is its own observation, no overstride (test drive 34)
    ("my cadence is low", "overstrides", "not stated"),
    ("my cadence is low", "low_step_rate", True),
    # test drive 35: a likeness denied is no denial of the pain; one finger points to one spot
    ("its not like shin splints, more like a bruise on the bone", "shin_pain", None),
    ("didn't feel like I'd been kicked in the back of the leg", "achilles_snap", False),
    ("no twist, no pop, nothing like that", "knee_swelled_after_twist", False),
    ("shin splints again but this time its one spot on the bone, i can point to it with one finger", "pinpoint_bone_pain", True),
    ("my finger hurts", "pinpoint_bone_pain", "not stated"),
    # test drive 35: a red flag is not denied from a body part alone; a physio's "incr"
    ("cant go up on my toes", "numbness_tingling", "not stated"),
    ("Recent incr hill training", "recent_mileage_increase", True),
    ("my back aches after runs in new shoes", "low_back_pain", True),
    # session 30: not bearing weight is its own, urgent red flag, more than a limp; walking with a
    # limp is a limp, not "cannot bear weight"
    ("cant put any weight on my foot", "cannot_bear_weight", True),
    ("cant put any weight on my foot", "limping", "not stated"),
    ("can't bear weight on it since the race", "cannot_bear_weight", True),
    ("I can put weight on it but it hurts", "cannot_bear_weight", False),
    ("cant walk on it without limping", "cannot_bear_weight", "not stated"),
    ("cant walk on it without limping", "limping", True),
    # a runner's opinion of what it is, or a hope, is no answer to a red flag (note 29: "i dont
    # think its a stress fracture" cleared the bone-stress flag); a symptom denied stays denied
    ("i dont think its a stress fracture", "pinpoint_bone_pain", None),
    ("hopefully not a stress fracture", "pinpoint_bone_pain", None),
    ("I doubt it's a stress fracture", "pinpoint_bone_pain", None),
    ("I don't think it's a clot", "calf_swollen_warm_tender", None),
    ("Don't think I've ever had pins and needles in the foot", "numbness_tingling", False),
    ("no stress fracture, the scan was clear", "pinpoint_bone_pain", False),
    # a red flag half found is not denied by what it is like alone: "no swelling" denies the
    # swelling, not severe leg pain that does not settle (note 29)
    ("shin pain on every run, no swelling", "severe_leg_pain_after_exercise", "not stated"),
    ("shin pain on every run, no swelling", "swelling", False),
    ("moving my toes is fine", "severe_leg_pain_after_exercise", False),
    # shins that go tight or burn on runs: the exertional compartment sign (note 29: unread)
    ("my shins go tight and burn on runs but it's gone 5 mins after I stop", "exertional_leg_pain", True),
    ("calves aren't tight after runs", "exertional_leg_pain", "not stated"),
    # calves that never loosen up are tight; a shoe's stiff back is its heel counter (note 29)
    ("my calves never loosen up", "calf_tightness", True),
    ("shoes with a stiff back", "low_back_pain", "not stated"),
    ("I need trainers with a firm back, my achilles hurts", "achilles_pain", True),
    # set 49's kinds: an adverb after "can't"; "like the leaflet said" is as told; no memory of a
    # collapse is no doubt of it; periods that came back are normal; a triathlete's brick session;
    # "no change" answers no label; a question quoted before an ellipsis
    ("new problem since last week, can't fully control my bladder, never had this before", "bladder_bowel_change", True),
    ("Tried hopping on it like the leaflet said - sharp pain, couldn't do more than two.", "pain_on_hopping", True),
    ("collapsed just after the finish line and don't remember it", "fainting_with_exercise", True),
    ("I don't remember if it swelled", "swelling", None),
    ("periods regular, came back at 6 months postpartum and been normal since", "missed_periods", False),
    ("my periods haven't come back since the baby", "missed_periods", True),
    ("Calves were loose the morning after the brick session, surprisingly.", "calf_tightness", False),
    ("Training's been steady: no change in volume, no extra speed work, no new hills.", "recent_mileage_increase", False),
    ("Swelling: no", "swelling", False),
    ("physio asked about an ache behind the kneecap going down stairs... nope, nothing like that", "pain_around_kneecap", False),
    ("Pinched and squeezed both achilles like the leaflet says, no soreness either side.", "achilles_pain", False),
    ("squeezed my achilles and it hurt", "achilles_pain", True),
    ("did the mirror squat on one leg and my left knee goes way in past my big toe, right side is ok",
     "single_leg_squat_knee_in", True),
    ("no problems peeing", "bladder_bowel_change", False),
    # test drive 36: a "no" denies the phrase it comes before, not a later one typed after it
    # without a comma; "can't walk on it" bears no weight
    ("no swelling cant put weight on it", "cannot_bear_weight", True),
    ("no swelling cant put weight on it", "swelling", False),
    ("no swelling pain at one spot on my shin when i press", "pinpoint_bone_pain", True),
    ("no knee pain limping since monday", "limping", True),
    ("no knee pain or swelling", "swelling", False),
    ("No swelling, numbness or night pain.", "numbness_tingling", False),
    ("no pain on the bone just under the kneecap", "pain_below_kneecap", False),
    ("First steps out of bed are normal, no morning hobble.", "morning_stiffness", False),
    ("I can't walk on it", "cannot_bear_weight", True),
    ("no swelling no bruising cant walk on it", "cannot_bear_weight", True),
    ("the groin pain gets worse with every run, I can't stand on that leg now without it hurting", "cannot_bear_weight", "not stated"),
    ("never injured before, now pain at night in my shin", "no_complaints", "not stated"),
    ("injury free, just want to stay that way", "no_complaints", True),
    # set 50's kinds: a topic asked "and that's all fine"; "my normal runs" are the usual ones;
    # "never had X before c25k, now every run they ache"; lying perfectly still; "no let-up"
    ("No pain on the outer side of my knee or thigh - the physio asked about the IT band and that's all fine.",
     "outer_knee_pain", False),
    ("night pain? that's all fine", "pain_at_night", False),
    ("Menstrual cycle: normal, no missed periods", "missed_periods", False),
    ("switched to barefoot shoes three weeks ago and went straight back to my normal runs", "switched_to_minimal_shoes", True),
    ("never had shin trouble before c25k, now every run they ache", "shin_pain", True),
    ("never had hip pain before menopause, now it's every run", "hip_or_groin_pain", True),
    ("it aches even when I'm lying completely still doing nothing, no position helps", "pain_at_rest", True),
    ("no let-up even lying perfectly still on the couch, it throbs whatever way I lie", "pain_at_rest", True),
    ("I never let my core relax, I brace the whole way even on easy jogs", "braces_abs_every_run", True),
    ("no numbness no tingling just tight calves", "calf_tightness", True),
    ("no numbness no tingling just tight calves", "numbness_tingling", False),
    # set 51's kinds: "barely sit" is never; "less than 5% difference" is none; reaching out in front
    ("I'm a ward nurse, on my feet the whole shift, I barely sit down in 12 hours", "sits_all_day", False),
    ("ward nurse on 12 hr shifts, i barely sit all day", "sits_all_day", False),
    ("less than 5% difference between left and right", "one_side_weaker", False),
    ("a 20% difference between left and right", "one_side_weaker", True),
    ("the video shows me reaching way out in front with a big heel slap", "overstrides", True),
    # a body part alone names no fault that is not a pain: "my toes" is no running on the toes
    ("fine with my toe", "runs_on_toes", "not stated"),
    ("my toes", "runs_on_toes", "not stated"),
    ("I run on my toes", "runs_on_toes", True),
    ("my glutes just don't seem to do anything when i run", "glutes_feel_unused", True),
    # a doing said to be no bother, with no body part, is that doing's pain denied (set 49: read
    # nothing); a general word of another observation's own words is read as before
    ("lying on that side doesn't bother it", "pain_sitting_or_lying_on_side", False),
    ("Sitting for ages or lying on that side doesn't bother it.", "pain_sitting_or_lying_on_side", False),
    ("I can lie on that side in bed no problem", "pain_sitting_or_lying_on_side", False),
    ("lying on that side is agony", "pain_sitting_or_lying_on_side", True),
    ("side lying leg lifts, 15 each side, no bother", "pain_sitting_or_lying_on_side", "not stated"),
    ("cramps have never been an issue in races", "cramps_when_racing", False),
    ("Breathing's never an issue, I can always fill my lungs.", "breathing_restricted", False),
    # new hill or speed work said with "doing" between is a rise in load (set 49: read nothing),
    # and "started hills" is no weakness on hills
    ("started doing hill repeats last month", "recent_mileage_increase", True),
    ("I started doing speed work in March", "recent_mileage_increase", True),
    ("i started doing hills and now my knee hurts", "weak_uphill", "not stated"),
    ("i started doing hills and now my knee hurts", "recent_mileage_increase", True),
    ("I haven't started doing hill repeats yet", "recent_mileage_increase", False),
    ("I struggle on hills", "weak_uphill", True),
    # a form's label of when a pain comes, answered no, denies that pain (set 49: read nothing);
    # a body part's or time's label answered with only little words is no denial ("Knee? a bit"
    # read the knee pain denied, the wrong way round)
    ("At rest? No, none.", "pain_at_rest", False),
    ("At night? no", "pain_at_night", False),
    ("Nights: fine", "pain_at_night", False),
    ("Knee? a bit", "knee_pain", "not stated"),
    ("Knee: some", "knee_pain", "not stated"),
    ("At rest? some", "pain_at_rest", "not stated"),
    ("Groin: clear", "hip_or_groin_pain", False),
    ("Q: does the knee or ankle give way? A: no never", "knee_pain", "not stated"),
    # a "no" and one word that describes, then a comma and the thing both describe, is one
    # denial (set 51: "No wobbly, about-to-fold feeling" read the giving way present)
    ("No wobbly, unstable feeling in the knee", "joint_gives_way", False),
    ("no sharp, stabbing pain in my shin", "shin_pain", False),
    ("no swelling, stabbing pain in my shin", "shin_pain", True),
    ("not really, my knee hurts", "knee_pain", True),
    ("it's not only after, it hurts during the run too", "pain_only_after_runs", False),
    ("my knee feels like it's about to fold on the stairs", "joint_gives_way", True),
    ("by the last k the athlete is hunched over and folding at the waist", "joint_gives_way", "not stated"),
    # a warm-up said not to help denies a pain that eases once warmed up (sets 49-51: three read
    # nothing); "help" names it only beside a word of warming ("thanks for the help" is none),
    # and "nothing helps the heel ..." keeps the complaint after it
    ("warming up doesnt help at all", "pain_eases_after_warmup", False),
    ("Warming up doesn't help one bit.", "pain_eases_after_warmup", False),
    ("warming up helps a lot", "pain_eases_after_warmup", True),
    ("thanks for the help, really appreciate it!", "pain_eases_after_warmup", "not stated"),
    ("nothing helps the heel in the morning, the first few steps are grim till it loosens up", "morning_stiffness", True),
    ("Rest isn't helping at all, my lower leg is agony, tight and swollen", "pain_at_rest", "not stated"),
    # the pain said quiet at rest (a normal phrasing)
    ("When I'm resting it's completely quiet, it only hurts while I'm actually running.", "pain_at_rest", False),
    # where on the Achilles: "higher up the tendon" is the cord above the heel, and "not higher
    # up" beside the bone denies it (sets 49-51 read nothing); "achilles tendon pain" alone is
    # neither place ("cord" names the cord only when said)
    ("the achilles pain is right where it attaches to the heel, not higher up", "achilles_pain_above_heel", False),
    ("Not in the middle of the tendon, it's at the bottom.", "achilles_pain_above_heel", False),
    ("it's not down at the heel bone, it's higher up in the tendon", "achilles_pain_above_heel", True),
    ("achilles tendon pain", "achilles_pain_above_heel", "not stated"),
    ("Achilles tendon pain: none", "achilles_pain_above_heel", "not stated"),
    ("cadence 150-155 on easy runs, never higher", "achilles_pain_above_heel", "not stated"),
    # a driver's job is a sitting one (set 51: "bus driver ... sat down my whole shift" read
    # nothing); a shift alone is no sitting
    ("I'm a bus driver so basically sat down my whole shift", "sits_all_day", True),
    ("I work twelve hour shifts on a ward, there's no sitting down in my job", "sits_all_day", False),
    # "one-leg bridges" are the single-leg test (set 50: "22 left, 21 right" read nothing); "stand
    # on one leg" is no single-leg test of its own
    ("Did the one-leg bridges off the step: 22 left, 21 right, pretty even.", "single_leg_bridge_low", False),
    ("one leg bridges, I get 25 on the right but only 9 on the left", "single_leg_bridge_low", True),
    # the single-leg squat named with the knee is no fault: its id without its "in" had read
    # "the knee stayed over my middle toe" as the knee moving in, the wrong way round
    ("Did the slow single leg squats in front of the mirror: the knee stayed over my middle toe and my hips stayed level the whole time.",
     "single_leg_squat_knee_in", False),
    ("on the single-leg squat drill Tom's knee stays right over his toes on both sides", "single_leg_squat_knee_in", False),
    ("Did 25 single-leg squats yesterday and nothing behind the kneecap, stairs are fine too.", "single_leg_squat_knee_in", "not stated"),
    ("did the one leg squat in the mirror, right knee wobbles in past my big toe", "single_leg_squat_knee_in", True),
    ("my push off is weak and i can't speed up", "weak_push_off", True),
    # nights said to be no problem deny night pain (set 49 read nothing); a cycle like clockwork
    # is regular periods; "72 years young" is an age
    ("Nights are no problem, nothing in bed whichever way I lie.", "pain_at_night", False),
    ("My cycle's like clockwork, 28 days, even in peak marathon training.", "missed_periods", False),
    ("retired, 72 years young and still out 4 mornings a week", "still_growing", False),
    ("she's 14 years young", "still_growing", True),
    # "never had a problem until ..." is the complaint after it, now (set 48 read nothing), and no
    # "no complaints"; "never had X, now they ..." is X now, in a clause of up to 8 words
    ("never had a problem until my knee gave way on the descent on Saturday", "joint_gives_way", True),
    ("never had a problem until last week", "no_complaints", "not stated"),
    ("Never had any issues until I swapped to barefoot shoes last month", "no_complaints", "not stated"),
    ("never had calf cramps, now they come on every long run", "calf_cramps", True),
    ("no pain until mile 5", "no_complaints", "not stated"),
    # not getting up from the desk is sitting all day (sets 46, 48: read denied, the wrong way round)
    ("I never get up from my desk all day, 9 to 6 in front of a screen", "sits_all_day", True),
    ("I don't get up from the desk much, 9 hours a day in front of a screen", "sits_all_day", True),
    ("Don't move from my desk nine to five", "sits_all_day", True),
    ("I don't sit at a desk", "sits_all_day", False),
    # a flare-up is a pain (sets 46, 48: "without the shins flaring up" read nothing)
    ("can't get through a PT session without the shins flaring up", "shin_pain", True),
    ("not one run without the outside of my knee flaring up at about mile 4", "outer_knee_pain", True),
    ("no matter what I do, my knee flares up", "knee_pain", True),
    # an ankle that won't hold or stay under the runner gives way (set 48 read nothing)
    ("with my hypermobility the ankle just won't hold, it gave way on a kerb in the dark", "joint_gives_way", True),
    ("the chest pain stopped when I stopped", "acute_chest_pain", False),
    ("the swelling round the ankle isn't going down, it's been a week", "joint_gives_way", "not stated"),
    # a leg that "won't drive" is the weak knee drive, not its denial (set 47: the wrong way round);
    # "no knee pain" says nothing of it
    ("can't get my knee up on the climbs, the leg just won't drive", "weak_knee_drive", True),
    ("no knee pain", "weak_knee_drive", "not stated"),
    # "nowhere is tender" after pressing the bone is none (set 52 read the urgent bone red flag
    # present, the wrong way round); "above it" away from the heel is no Achilles pain
    ("pressed all down the bone and nowhere's tender", "pinpoint_bone_pain", False),
    ("pressed all down the bone and nowhere is tender", "pinpoint_bone_pain", False),
    ("heart rate jumps out of nowhere on easy runs", "palpitations_with_exercise", True),
    ("no pain below the knee cap, its more above it", "achilles_pain", "not stated"),
    ("a couple of inches above the heel hurts", "achilles_pain_above_heel", True),
    # bracing the core for lifting is no bracing on every run (set 52: the wrong way round)
    ("nah, I only brace my core in the gym, not on runs, I just relax", "braces_abs_every_run", "not stated"),
    ("I brace my core on every run", "braces_abs_every_run", True),
    # a test described at any length, then its numbers after a colon (set 52: the wrong way round)
    ("side lying leg lifts, top leg straight and a bit behind: 15 each side easy", "weak_side_lying_leg_lift", False),
    ("single-leg calf raises off the step: 25 on my good leg and only 9 on the sore one", "calf_raise_low", True),
    # a bare denial after a doing said alone is that doing's pain denied, though the doing read
    # present on its own (set 22: "sitting through a long film ..., no pain at all" read present)
    ("sitting through a long film or lying on my side, no pain at all", "pain_sitting_or_lying_on_side", False),
    ("sitting through a long film, no pain at all", "pain_sitting_or_lying_on_side", False),
    ("Achilles stiff first thing - no numbness or tingling, not swollen, sleeping fine", "achilles_pain", True),
    ("fully healthy right now, no niggles, just want to stay that way", "no_complaints", True),
    # ... and with its body part named, the doing's pain as well as the part's
    ("pressed on the bony point on the side of the hip, nothing", "outer_hip_bony_point_tender", False),
    ("can sit through a whole film with my knees bent and feel nothing", "pain_sitting_or_lying_on_side", False),
    # a body part's label answered yes is its pain said (note 31: "Knee? yes" read nothing)
    ("Knee? yes", "knee_pain", True),
    ("Groin: Y", "hip_or_groin_pain", True),
    ("Knee? no", "knee_pain", False),
    ("Swelling? yes", "swelling", True),
    # "right at", "right where" is exactly there, no right side (set 51: the Achilles' place
    # against another read nothing); a body part said up or down on it is a place denied
    ("it's not up in the tendon itself, it's right where it meets the heel bone", "achilles_pain_at_heel_bone", True),
    ("not up in the cord, right where it joins the heel bone", "achilles_pain_at_heel_bone", True),
    ("the achilles pain isn't up in the cord, it's right where it joins the heel", "achilles_pain_above_heel", False),
    ("not the knee itself, it's the bony bump just under the kneecap that's sore", "knee_pain", True),
    ("my right knee hurts, the left is fine", "knee_pain", True),
    # the runner another person writes for is of that person's sex (sets 46, 48, 51 read nothing)
    ("asking for my wife, she's just started couch to 5k", "is_female", True),
    ("coach here, asking about one of my lads", "is_female", False),
    ("My daughter is 15 and runs cross country", "is_female", True),
    ("my son's shins haven't hurt since we got him new shoes", "is_female", False),
    # ... not the writer's own words of them
    ("My wife filmed me, feet land right under my hips", "is_female", "not stated"),
    ("Shoulders creep up to my ears by the end, my husband noticed it in photos.", "is_female", "not stated"),
    ("my mum says running is bad for you, is that true", "is_female", "not stated"),
    ("I have not any swelling in the knee, my wife also looked", "is_female", "not stated"),
    # what never used to be, said to be now, is (set 48 read nothing)
    ("Never used to get calf cramps, now they come on every long run", "calf_cramps", True),
    ("never had groin trouble before but now it aches after every single run", "groin_pain_worsening", "not stated"),
    ("I never used to get calf cramps", "calf_cramps", "not stated"),
    # ... but a doing that was never done before is new training, no weakness (set 59 read weak hills)
    ("never done hills before, now every run", "weak_uphill", "not stated"),
    ("never tried hills before, now I do them every week and my shins hurt", "shin_pain", True),
    # test drive 42: a verb of going is no numbness denied; "moaning" is no "morning" misspelt
    ("I can still go up on my toes fine", "numbness_tingling", "not stated"),
    ("my toes don't go numb", "numbness_tingling", False),
    ("she's been moaning about an ache in her knees", "morning_stiffness", "not stated"),
    ("she's been moaning about an ache in her knees", "knee_pain", True),
    # a runner who has just begun has run more than before; not the start of one run, nor a
    # switch of shoes, nor starting long ago (test drive 42: "just started couch to 5k" unread)
    ("teacher here, just started couch to 5k 3 wks ago", "recent_mileage_increase", True),
    ("I only started running in the spring", "recent_mileage_increase", True),
    ("I had just started running when my calf went", "recent_mileage_increase", "not stated"),
    ("I'd just started running when it popped", "recent_mileage_increase", "not stated"),
    ("just started running in vibram five fingers", "recent_mileage_increase", "not stated"),
    ("I started running 10 years ago", "recent_mileage_increase", "not stated"),
    # a form fault the pain is worse on sets it off; it is no fault of how the runner runs
    # (test drive 42 made overstriding the cause of a sprinter's hamstring pain)
    ("It's worse on lead-leg drills and long strides", "overstrides", "not stated"),
    ("It's worse when he's sitting on hard benches, and on lead-leg drills and long strides", "overstrides",
     "not stated"),
    ("It's worse when he's sitting on hard benches, and his foot lands way out in front", "overstrides", True),
    ("knees hurt and on video my foot lands way out in front of me", "overstrides", True),
    ("it's sore when my knee caves in on landing", "knee_caves_in", True),
    # set 60's kinds: "a moment's bother" is any bother; walking the dog is a walk; easing more
    # each run is better, not worse; "shattered" is always tired, never a bone; a stone dropped
    ("my shins haven't given me a moment's bother since spring", "shin_pain", False),
    ("I walk the dogs for miles and it doesn't hurt", "pain_when_walking", False),
    ("walking the dog makes my heel ache", "pain_when_walking", True),
    ("the groin is settling a little more each week", "groin_pain_worsening", False),
    ("the groin hurts a little more each run", "groin_pain_worsening", True),
    ("I'm shattered all the time lately", "low_energy_intake", True),
    ("shattered my wrist as a kid", "low_energy_intake", "not stated"),
    ("dropped a stone since Christmas without trying", "low_energy_intake", True),
    # walking that is fine is no pain on walking (and so no limp): sets 59, 60 read the limp alone;
    # a job on one's feet is neither (the postie walks all day, painful or not)
    ("walking is totally fine, only running hurts", "pain_when_walking", False),
    ("walking is totally fine, only running hurts", "limping", False),
    ("can hike all day no problem and the foot is fine, it's only running", "pain_when_walking", False),
    ("I'm a postie so I walk all day", "pain_when_walking", "not stated"),
    ("couldn't walk normally for two days after, I was limping", "pain_when_walking", "not stated"),
    # a question reported with its answer ("asked if ... and he said nah") is denied; what was
    # read ("read that stress fractures have one sore spot") is no spot of the runner's (set 62)
    ("coach asked if his knees hurt after the hill loop and he said nah not at all", "knee_pain", False),
    ("coach asked if his knees hurt and he said they did", "knee_pain", True),
    ("read that stress fractures have one sore spot so I pressed along the shin bone", "pinpoint_bone_pain", None),
    # a list after "no" goes on to "or the saddle area" (set 64 read the emergency present)
    ("no numbness around the groin or the saddle area", "saddle_numbness", False),
    ("my back hurts or the saddle area goes numb", "saddle_numbness", True),
    # a pain felt during the race is no pain only after runs (set 62 read nothing)
    ("he feels it during the race itself, not just after", "pain_only_after_runs", False),
    ("I feel it during runs as well", "pain_only_after_runs", False),
    ("it starts hurting 2k in, doesnt wait till ive stopped", "pain_only_after_runs", False),
    ("ran 5k in 25 minutes, knee sore after", "pain_only_after_runs", "not stated"),
    # set 63's kinds: "pain free" says no symptom, so the sofa after it is no pain at rest (read
    # the red flag present, the wrong way round); cutting down is under-fuelling only with food;
    # "not since pilates" is a past over, no runner without strength work
    ("completely pain free at rest, sofa is my friend", "pain_at_rest", False),
    ("I cut down on coffee", "low_energy_intake", "not stated"),
    ("I've cut down on food to lose weight", "low_energy_intake", True),
    ("used to get a sore lower back after long runs but not since pilates", "no_strength_training", "not stated"),
    ("used to get a sore lower back after long runs but not since pilates", "low_back_pain", False),
    ("i only run, never been near a gym or done any other sport", "no_strength_training", True),
    # set 62's kinds: a child's "at school" is now, not an adult's past; ballooned is swollen;
    # muscles like guitar strings or steel cables are tight; "a day's bother" is any bother;
    # racing that brings on no cramps; the bump at the top of the shin bone under the knee
    ("she says her knee just buckled coming down the step at school, happens every so often", "joint_gives_way", True),
    ("I sprained an ankle at school and tore a hamstring", "joint_gives_way", "not stated"),
    ("ankle has ballooned", "swelling", True),
    ("hammies are like guitar strings after every run", "hamstrings_tight_or_sore", True),
    ("hip flexors feel like steel cables when I stand up", "front_of_hip_tight", True),
    ("lower back seizes up by the end of the run", "low_back_pain", True),
    ("knees have never given me a days bother in 20 odd years of running", "knee_pain", False),
    ("racing flat out doesnt bring on cramps for me, never has", "cramps_when_racing", False),
    ("no pain at the top of the shin bone under the knee", "pain_below_kneecap", False),
    ("ankle doesnt give out on the rocky descents", "joint_gives_way", False),
    ("he powers up climbs", "weak_uphill", "not stated"),
    # standing on it fine is weight borne; an adult's decade is no growing child; both legs the
    # same is no weaker side (sets 58 to 61 read nothing of them)
    ("standing on it is fine, just hurts to run", "cannot_bear_weight", False),
    ("I'm in my sixties, masters runner, 400m and 800m mostly", "still_growing", False),
    ("Arms swing straight back and forth", "still_growing", "not stated"),
    ("both legs manage the same on single leg exercises", "one_side_weaker", False),
    # ... nor a stone dropped on a foot, which is no foot drop either (the neurological red flag)
    ("dropped a stone on my foot last week and it's bruised", "low_energy_intake", "not stated"),
    ("dropped a stone on my foot last week and it's bruised", "foot_drop_or_weakness", "not stated"),
    ("I dropped a 20kg plate on my left big toe", "foot_drop_or_weakness", "not stated"),
    ("my foot drops and slaps when I'm tired", "foot_drop_or_weakness", True),
    # ... and the compartment emergency: "rest did nothing" is no negation of what follows, "ten
    # times worse" no count, pulling the toes up moves them (set 60 read nothing of it)
    ("calf was in agony after the 10k, rest did nothing and bending my toes made it twenty times worse",
     "severe_leg_pain_after_exercise", True),
    ("I can pull my toes up without any pain", "severe_leg_pain_after_exercise", False),
    # test drive 43: an inability with a count says nothing of one side against the other, nor
    # of a count above a test's norm; sprinting done is no weak sprint; walking done no pain
    ("she can't hold a plank for 30 secs", "side_plank_short", None),
    ("couldn't do 30 calf raises", "calf_raise_low", None),
    ("couldn't manage 15 calf raises on the left", "calf_raise_low", True),
    ("play 5-a-side and do a lot of sprinting. achilles sore in the morning", "weak_push_off", "not stated"),
    ("mostly walking with some jogging, the heel is sore first thing", "pain_when_walking", "not stated"),
    ("mostly walking, and walking makes the heel sore", "pain_when_walking", True),
    # set 61's kinds: the compartment emergency with "rest didn't touch it" and wiggled toes; "can't
    # stand on it" is no weight borne (not a balance test's "for 30 seconds"); "come up like a
    # golf ball" is swollen; "now my right one aches" is the knee of "never had knee trouble"
    ("after the intervals my shin was agony, ice didn't touch it and wiggling my toes made it worse",
     "severe_leg_pain_after_exercise", True),
    ("can't stand on my foot, my mate drove me home", "cannot_bear_weight", True),
    ("can't stand on it for more than a minute before the hip aches", "cannot_bear_weight", "not stated"),
    ("the ankle came up like a golf ball", "swelling", True),
    ("never had hip trouble in 20 years and now my left one aches after every long run", "hip_or_groin_pain", True),
    # chat is no complaint: a "bunch" is no bounce misspelt, toast is the quads' only with them
    ("great bunch at the club, signed up for the relays", "long_loping_stride", "not stated"),
    ("toast or porridge before a race?", "quads_tire_long_runs", "not stated"),
    ("my quads are toast by mile 20", "quads_tire_long_runs", True),
    # who examined the runner, and where, is no word a reading must explain (set 49 read nothing)
    ("Physio had me hop on it in the clinic and nothing, felt normal.", "pain_on_hopping", False),
    ("the GP had me hop on it at the surgery and it hurt", "pain_on_hopping", True),
    # feet up is at rest (set 46 read nothing)
    ("Once I stop and put my feet up it doesn't ache in the slightest", "pain_at_rest", False),
    ("it aches even with my feet up", "pain_at_rest", True),
    # a pain that starts some way into a run, or comes only while running, is no pain only after
    # runs (sets 41-45 and 49 read nothing)
    ("the pain doesn't wait till I've finished, it starts halfway round", "pain_only_after_runs", False),
    ("the pain starts a mile in, not after I finish", "pain_only_after_runs", False),
    ("doesn't hurt after I stop, only while I'm running", "pain_only_after_runs", False),
    ("it only hurts after I stop, 10 minutes in after the run", "pain_only_after_runs", True),
    ("sat 10 minutes in the bath and it ached", "pain_only_after_runs", "not stated"),
    # coming down, running down: downhill (set 45 read nothing)
    ("Coming down off the fells doesn't hurt my knees, it's the ups that kill me", "downhill_knee_pain", False),
    ("my knees hurt coming down hills", "downhill_knee_pain", True),
    ("I feel run down", "downhill_knee_pain", "not stated"),
    # "fine" before a fault found only by its normal state's words is the fault absent (set 44:
    # "I'm fine on the climbs" read weak climbing, the wrong way round)
    ("I'm fine on the climbs, years of hillwalking with a pack sorted that", "weak_uphill", False),
    ("I'm fine but I struggle uphill", "weak_uphill", True),
    ("Coach watched me from the front at the track and said my knee doesn't drift inwards when I land", "knee_caves_in", False),
    # a phrase then a negation of a goal or a concern denies it (sets 37 and dev2: the wrong way round)
    ("a six pack isn't my goal", "wants_visible_abs", False),
    ("visible abs aren't a goal, zero interest in that", "wants_visible_abs", False),
    ("a six pack is my goal", "wants_visible_abs", True),
    # "the sore side" to lie on names the side, as "the sore leg" of a self-test does (sets 31 and
    # 6: both the wrong way round)
    ("I can lie on the sore side in bed all night, no problem", "pain_sitting_or_lying_on_side", False),
    ("can't lie on my sore side in bed, it aches till i roll over", "pain_sitting_or_lying_on_side", True),
    ("it hurts when I lie on the sore side", "pain_sitting_or_lying_on_side", True),
    # what the runner expected has not happened (set 29: the wrong way round)
    ("at 71 I half expected my feet to go numb, but no, no tingling whatsoever", "numbness_tingling", False),
    ("at 71 I half expected my feet to go numb, but no, no tingling whatsoever", "no_complaints", "not stated"),
    # "they" after a negated verb's end starts a clause, texted without the comma (set 35: the
    # wrong way round)
    ("coach filmed me on the treadmill and my knees dont cave in they track straight over my toes", "knee_caves_in", False),
    ("my knees dont hurt when they bend", "knee_pain", False),
    # a number "each side" with a difference denied is even (set 30: the wrong way round)
    ("held side plank a minute each side no difference between them", "side_plank_short", False),
    ("calf raise test, no difference between sides, both about 25", "calf_raise_low", False),
    # who said it fine is no word of the fine clause's own (set 34: the wrong way round)
    ("hip drop measured at 2 degrees each side, physio said that's normal", "pelvis_drops", False),
    ("my knee hurts, physio said it's fine to run", "knee_pain", True),
    # a form's label of a way a part moves is no body part alone ("knee in: no" is no knee pain,
    # set 34); "knock on wood" is luck, no knees knocking (set 49)
    ("SL squat test | knee in: no | pelvis drop: no", "knee_pain", "not stated"),
    ("Knee: no", "knee_pain", False),
    ("cramp in the calves? nah, never during or after, knock on wood", "knee_caves_in", "not stated"),
    ("He got a knock on the knee at rugby but there's no fever and it isn't hot, just a bruise", "knee_caves_in", "not stated"),
    # denied "since" in the same sentence, what was read before is over now (set 12: the wrong way round)
    ("Ankle is sore since I rolled it, but it feels stable, it hasn't buckled or given way since", "joint_gives_way", False),
    ("Ankle is sore since I rolled it, but it feels stable, it hasn't buckled or given way since", "ankle_pain", True),
    # "no power on the climbs" is weak climbing (sets 30 and 39: the wrong way round)
    ("hills used to be my thing, now I've no power on climbs", "weak_uphill", True),
    ("she climbs well, no power loss on the hills", "weak_uphill", False),
    # "till I couldn't" is to fatigue, as "until" is; a clause of two numbers gives the test before
    # them its result (set 30: the wrong way round)
    ("did single leg heel raises till I couldnt, 28 left 30 right so near enough even", "calf_raise_low", False),
    ("heel raises on the step, i get 22 on the good leg and only 8 on the bad one", "calf_raise_low", True),
    # a number before "year(s) old/young" is an age, no count of the test (sets 13 and 29: the
    # age against the count read one side clearly fewer, the wrong way round)
    ("My 60 year old mum did 22 single-leg heel raises on each leg, not bad!", "calf_raise_low", False),
    ("68 years young and managed 20 heel raises each leg, which the chart says is about average for my age", "calf_raise_low", False),
    # asked of a time of pain, an answer of "only" another time denies it (set 21: the wrong way round)
    ("Pain at rest? Only aches while running, sitting and lying are comfortable", "pain_at_rest", False),
    ("Night pain? only when I lie on it", "pain_at_night", False),
    ("cramps? only ever on long slow runs, racing is fine", "calf_cramps", True),
    ("Swelling? just a bit", "swelling", True),
    # glutes (or hamstrings) that never feel they did anything (sets 46, 48, 51, 53: nothing); a
    # word for any thing counts for nothing, so other denials with one keep their reading
    ("my glutes never feel like they've done anything after a run, it's all calves and quads", "glutes_feel_unused", True),
    ("after intervals my quads are wrecked but my hamstrings never feel anything", "quads_work_hamstrings_never", True),
    ("Haven't upped anything, same routes and same pace since the summer", "recent_mileage_increase", False),
    ("Shoulders and upper back don't feel anything after runs.", "shoulders_upper_back_sore", False),
    ("aches when i'm not doing anything", "pain_at_rest", True),
    ("groin's not getting worse, if anything it's fading", "weak_uphill", "not stated"),
    ("I'd expect my calf to cramp in a race if anything, but it never has", "cramps_when_racing", "not stated"),
    # a body part that "starts up" flares up (set 53 read nothing)
    ("outside of my knee starts up at about 4 miles every single time, regular as clockwork", "outer_knee_pain", True),
    ("I started up running again in May", "knee_pain", "not stated"),
    # "fried" quads are tired ones (set 53 read nothing); "fried eggs" are no quads
    ("quads were absolutely fried by mile 10 of the long run, way earlier than my lungs", "quads_tire_long_runs", True),
    ("fried eggs for breakfast", "quads_tire_long_runs", "not stated"),
    # always tired is a sign of low energy availability; tired after a long run is not (test drive 20)
    ("always knackered and keep getting colds", "low_energy_intake", True),
    ("I'm knackered after the long run", "low_energy_intake", "not stated"),
    # a place put against another is the complaint's, with no word for a pain (set 29)
    ("it's not the outside of the hip, it's deep in the groin", "outer_hip_pain", False),
    ("I don't sit much, I work on my feet", "low_back_pain", "not stated"),
    # a film's length and "with my knees bent" keep no words of the sitting apart (ten spent sets
    # read the knee denied only); "I can sit ..." is the doing, no pain of it
    ("I can sit through a 3 hour film with my knees bent and it doesn't ache", "pain_sitting_or_lying_on_side", False),
    ("can sit through a whole film with my knees bent, no problem", "pain_sitting_or_lying_on_side", False),
    ("sitting through a two hour film with my knees bent makes the knee ache till I straighten it",
     "pain_sitting_or_lying_on_side", True),
    ("sat through a three hour film on friday with my knees bent, no ache at all", "pain_sitting_or_lying_on_side",
     "not stated"),
    ("I can sit with my knees bent", "pain_sitting_or_lying_on_side", "not stated"),
    # adverbs of degree say nothing: "totally quiet" is "quiet"
    ("it only hurts when I run; sitting on the sofa or lying in bed it's totally quiet", "pain_at_rest", False),
    ("even lying on the sofa it aches", "pain_at_rest", True),
    # the tightness of a compartment denied with its words of stopping
    ("no tightness that builds up during the run and goes when I stop", "exertional_leg_pain", False),
    ("no shin pain that builds during the run and goes when I stop", "exertional_leg_pain", False),
    ("the cramps come on easy runs, not races", "cramps_when_racing", False),
    ("no problem accelerating in the last km", "weak_push_off", False),
    # "heal" misspelt for the heel; the verb stays a verb
    ("no heal pain", "heel_pain", False),
    ("my heal is killing me in the mornings", "heel_pain", True),
    ("my knee is taking ages to heal", "heel_pain", "not stated"),
    # the other place of the Achilles pain, denied beside the place it is (spent sets 29 to 49)
    ("it's not up in the tendon itself, it's right at the back of the heel bone", "achilles_pain_above_heel", False),
    ("it's not down at the heel bone, it's higher up in the tendon", "achilles_pain_at_heel_bone", False),
    ("the soreness is higher up in the cord, the attachment at the heel bone itself is comfortable",
     "achilles_pain_at_heel_bone", False),
    # ... not another complaint of the other place, nor the other place affirmed
    ("achilles pain right at the heel bone, no swelling in the tendon", "achilles_pain_above_heel", "not stated"),
    # (both places said: "up in the cord" is the cord's, a synonym since set 71)
    ("achilles pain right at the heel bone and up in the cord too", "achilles_pain_above_heel", True),
    # arms crossed to balance are how the test is done, not arms crossing the body on the run
    ("stood on one leg for 30 seconds with my arms crossed, steady as a rock", "arms_cross_body", "not stated"),
    ("stood on one leg for 30 seconds with my arms crossed, steady as a rock", "wobbles_on_one_leg", False),
    ("my arms cross my chest when I run", "arms_cross_body", True),
    # a balance test's name with a wobble denied says nothing of the hip's pain; its pain denied does
    ("I can stand on one leg for 30 seconds without wobbling", "single_leg_stance_hip_pain", None),
    ("I can stand on one leg for 30 seconds no bother", "single_leg_stance_hip_pain", False),
    ("tried the hop test, couldn't do more than two hops on the bad leg, really sharp", "pain_on_hopping", True),
    # a denial whose own words are of one side is no side's denial to set aside
    ("the sciatica only goes down my left leg, right one is fine", "sciatica_both_legs", False),
    ("adult runner, mid thirties", "still_growing", False),
    # no pain sitting or lying down is no pain at rest; nought said of it is none
    ("when I'm just sitting or lying around it doesn't hurt at all", "pain_at_rest", False),
    ("sitting on the sofa or lying in bed it's 0, it only hurts on the run", "pain_at_rest", False),
    ("it hurts when I'm sitting or lying down, even at night", "pain_at_rest", True),
    # a side named with a knee that collapsed is still the knee giving way (a property test found
    # "left" ruled it out, as contrary to the fainting's "collapsed")
    ("left knee collapsed under me on the descent", "joint_gives_way", True),
    ("my side plank collapsed after 20 seconds on the left", "fainting_with_exercise", "not stated"),
    # hamstrings compared with the quads ("as much as", "as sore as") work too; weaker is no work
    ("after intervals my hamstrings feel it just as much as my quads", "quads_work_hamstrings_never", False),
    ("hamstrings get just as sore as the quads after a tempo", "quads_work_hamstrings_never", False),
    ("the gym test showed my hamstrings are way weaker than my quads", "quads_work_hamstrings_never", "not stated"),
    # hills "as hard as they should" are no weakness; "harder than they should" are
    ("Hills feel about as hard as they should, I can still power up them", "weak_uphill", False),
    ("hills feel harder than they should lately", "weak_uphill", True),
    # the walk to the kettle is the morning's first steps; a clinic's tibial tuberosity
    ("got out of bed and walked to the kettle without any stiffness", "morning_stiffness", False),
    # ("GT" is no hip bone: "Asics GT-2000s" are shoes, read as outer hip pain when it was)
    ("I run in Asics GT-2000s and my knee hurts", "outer_hip_pain", "not stated"),
    ("nil TTP tibial tuberosity", "pain_below_kneecap", False),
    ("pt has focal tibial pain; localised, not diffuse", "pain_below_kneecap", "not stated"),
    # a child who has grown is growing, whatever the miles a week (a property test found "miles"
    # ruled it out); a load that has grown is not
    ("my son has grown a lot this year and runs 20 miles a week", "still_growing", True),
    ("my weekly mileage has grown from 20 to 35", "still_growing", "not stated"),
    # set 54's three read the wrong way round: a press that made no one flinch found nothing; "that"
    # before a thing is which one, no degree; what the runner would love to say is not so
    ("pressed the knobbly bit just under his kneecap and he didn't flinch, it's not there", "pain_below_kneecap", False),
    ("never had that sharp calf tear feeling mid-run", "calf_sudden_pain", "not stated"),
    ("never had my calves this tight", "calf_tightness", True),
    ("I'd love to say I'm injury free but I'm not, something's been niggling all month", "no_complaints", False),
    # a part of a body part denied against another place of it: the other place, and the pain is
    # there (note 33: "not up in the tendon" read the Achilles pain denied, the heel bone unread)
    ("It's not up in the tendon, it's right at the heel bone", "achilles_pain_at_heel_bone", True),
    ("It's not up in the tendon, it's right at the heel bone", "achilles_pain_above_heel", False),
    ("It's not up in the tendon, it's right at the heel bone", "achilles_pain", True),
    ("not down at the heel bone, it's in the cord itself a few cm up", "achilles_pain_above_heel", True),
    ("not down at the heel bone, it's in the cord itself a few cm up", "achilles_pain_at_heel_bone", False),
    ("the tendon a few cm up is fine, it's right at the heel", "achilles_pain", "not stated"),
    # a place of a pain said, the pain denied in the same sentence was a place denied
    ("the pain is above the kneecap, not below it", "knee_pain", True),
    ("the pain is above the kneecap, not below it", "pain_below_kneecap", False),
    ("no knee pain. My kneecap aches on stairs", "knee_pain", False),
    # a body part that feels the same as the other side is fine (set 23: the wrong way round)
    ("back of the ankle above the heel feels the same as the other side, Achilles happy", "achilles_pain_above_heel", False),
    ("my achilles feels the same as the other side", "achilles_pain", False),
    # "no focal tenderness" is no pinpoint tenderness, and no spread pain either
    ("no focal shin tenderness", "shin_pain_long_stretch", "not stated"),
    # "SL" is single leg: a test named, no finding (set 34: the wrong way round); a length, a weight
    # or a distance is no count of a test (set 34: 60 cm against 30 reps)
    ("SL squat test | knee in: no | pelvis drop: no", "single_leg_squat_knee_in", False),
    ("single leg squat test: knee didn't wobble in and my hips stayed level", "single_leg_squat_knee_in", False),
    ("SL bridge with heel on a 60 cm box, 30 reps each side, dead even", "single_leg_bridge_low", False),
    ("single leg bridges: 25 on the right, only 10 on the left", "single_leg_bridge_low", True),
    ("failed the single leg squat test on the left", "single_leg_squat_knee_in", True),
    ("single leg squat test: knee didn't stay over my toes", "single_leg_squat_knee_in", True),
    # the hip flexor length test is the Thomas test, named (set 39: its name read it positive)
    ("physio did the hip flexor length test and the thigh rested on the plinth both sides", "thomas_test_positive", False),
    ("physio did the hip flexor length test", "thomas_test_positive", None),
    # left at home is not taken (set 44: the wrong way round)
    ("no hydration vest, I leave the rucksack at home now I'm running", "wears_hydration_pack", False),
    ("left my hydration vest at home for the 10k", "wears_hydration_pack", False),
    # a short answer of fine, whatever the time said with it (set 26: the wrong way round)
    ("Achilles? Quiet as a mouse this week.", "achilles_pain", False),
    ("Night pain? okay so it wakes me every night now", "pain_at_night", True),
    # "the sore hip" says which hip: lying on it is fine (set 34: the wrong way round)
    ("lying on the sore hip is fine, long drives are fine, it's only running", "pain_sitting_or_lying_on_side", False),
    ("lying on the sore hip is fine, long drives are fine, it's only running", "no_strength_training", "not stated"),
    ("it only hurts when I run", "no_strength_training", "not stated"),
    ("running is my only exercise", "no_strength_training", True),
    ("never done a squat or a plank in my life, only running", "no_strength_training", True),
    # two denials joined by "and" are two clauses (they had cancelled each other out)
    ("I only run, no gym and no cross-training.", "no_strength_training", True),
    ("no fever and no hot swollen joints", "hot_swollen_joint_fever", False),
    ("I only run, never set foot in a gym or do any cross training", "no_strength_training", True),
    # a watch's figure is no bounce; "low and flat with little bounce" is none (set 34, dev3: the
    # wrong way round)
    ("Vertical oscillation 7.2 cm, stride is short and quick, not bouncy at all", "long_loping_stride", False),
    ("my vertical oscillation is too high", "long_loping_stride", True),
    ("she runs low and flat with little bounce", "long_loping_stride", False),
    # the Thomas test named, the thigh not lifted (set 22: the wrong way round)
    ("in the hip flexor test on the bed the hanging thigh isnt lifted at all", "thomas_test_positive", False),
    # an answer that ends "ancient history" (set 33: the wrong way round)
    ("Shin splints? That was my first year, ancient history now", "shin_pain", False),
    # what a press found, after "and", is a clause of its own; the way the press went is no pain
    # along the bone (set 31 read nothing; "one spot is really sore" had yielded to a pain along
    # the shin read from "pressed along my shin", and the pinpoint red flag was missed)
    ("I pressed all along the shin bone with my thumb and not one spot is sore", "pinpoint_bone_pain", False),
    ("pressed along my shin and one spot is really sore", "pinpoint_bone_pain", True),
    ("pressed along my shin and one spot is really sore", "shin_pain_long_stretch", "not stated"),
    ("pressing along my shin bone one spot is really sore", "pinpoint_bone_pain", True),
    ("my shin aches after runs, pressing along the bone it's only mildly tender all the way along", "shin_pain_long_stretch", True),
    ("pressed hard on the bony knob on the outside of my hip, felt nothing", "outer_hip_bony_point_tender", False),
    # a red flag's phrase found without its place is not stated: "my foot hurts" is no "top of
    # foot pain" (a metatarsal stress fracture)
    ("my foot hurts on runs, walking is normal", "forefoot_bone_pain", "not stated"),
    ("top of my foot hurts", "forefoot_bone_pain", True),
    ("feeling in my feet is normal", "forefoot_bone_pain", "not stated"),
    ("can't press on my shin without jumping, one spot is really sore", "pinpoint_bone_pain", True),
    # a "no" left waiting across a clause of when (set 32: the wrong way round)
    ("there isn't, when I press along the shin, any one spot that hurts", "pinpoint_bone_pain", False),
    # the compartment red flag's normals as runners say them (sets 9, 12, 21, 26: unread)
    ("settled within the hour after the session, wiggling my toes is fine", "severe_leg_pain_after_exercise", False),
    ("after training my legs just feel normal tired, I can wiggle my toes and point my foot easily",
     "severe_leg_pain_after_exercise", False),
    # a hamstring-to-quad ratio said normal, whatever is between (sets 27, 34, 49: unread)
    ("physio measured my hamstring to quad ratio and it's normal", "hamstrings_much_weaker_than_quads", False),
    ("Dynamometer: hamstring to quad ratio 0.66, physio called it normal", "hamstrings_much_weaker_than_quads", False),
    ("hamstring to quad ratio is poor but my quads are fine", "hamstrings_much_weaker_than_quads", True),
    # the same at minute 5 as at minute 50, the same as on the flat, the same as the other calf
    # (sets 10, 16, 21, 24, 33, dev3, dev4: unread)
    ("my calf feels exactly the same at minute 5 as at minute 50 of a run", "exertional_leg_pain", False),
    ("I fly down the hills and the knees and thighs feel the same as on the flat", "downhill_knee_pain", False),
    ("my calf looks the same as the other and is cool to the touch", "calf_swollen_warm_tender", False),
    ("calves have always been bulletproof for me", "previous_calf_strain", False),
    # set 55's first run: red flags and complaints said in words the reader missed, and two read
    # the wrong way round
    ("severe pain in my shin after the race, still hasn't settled hours later, moving my toes makes it way worse",
     "severe_leg_pain_after_exercise", True),
    ("moving my toes doesn't make it worse", "severe_leg_pain_after_exercise", False),
    ("the shooting pain from my back used to be just the right leg but now it's running down both",
     "sciatica_both_legs", True),
    ("it aches even when I'm just lying on the couch doing nothing, no position gets rid of it", "pain_at_rest", True),
    ("feel like I can't get a proper breath in when I run, it's all shallow up in my chest", "breathing_restricted", True),
    ("at exactly the 15 minute mark my calves get super tight, stop and it goes within 5 mins", "exertional_leg_pain", True),
    ("never had knee trouble in 20 yrs of running and now every single run it hurts round the joint", "knee_pain", True),
    ("fully grown adult, long past any growth spurts", "still_growing", False),
    ("he's in the middle of a growth spurt", "still_growing", True),
    ("I'm a software dev so I'm sat at a desk 8 or 9 hours a day", "sits_all_day", True),
    ("warming up doesn't make it any better", "pain_eases_after_warmup", False),
    ("no muscles suddenly going weak or giving out while I run", "foot_drop_or_weakness", False),
    ("the bony lump just below the knee doesn't hurt to press", "pain_below_kneecap", False),
    # a word added to one observation's phrases weighs less in all of them: "burning" for the outer
    # knee read "shins ache when I run" as the compartment pattern ("shins burn on runs" half found)
    ("shins ache when I run", "exertional_leg_pain", "not stated"),
    ("I'm not a bouncy runner, the video shows hardly any up and down movement", "long_loping_stride", False),
    ("squeezed the tendon a couple of inches up, nothing sore there", "achilles_pain_above_heel", False),
    ("gait notes from the store: knee alignment neutral on landing, no valgus either side", "knee_caves_in", False),
    # note 33's unread: a height that shot up, night pain with no let-up, stairs and squatting fine
    ("he's shot up 8cm this year", "still_growing", True),
    ("my heart rate shot up to 190", "still_growing", "not stated"),
    ("there's no let-up at night, rolling over doesnt help", "pain_at_night", True),
    ("no let-up, the groin pain gets worse every run", "pain_at_night", "not stated"),
    ("stairs and squatting are fine", "pain_around_kneecap", False),
    # "I went down a minute after crossing the line" is a collapse at the finish (set 39: the
    # fainting red flag denied, the wrong way round); a trip, a slip or a pace is not
    ("never passed out in my life but I went down about a minute after crossing the line on Sunday",
     "fainting_with_exercise", True),
    ("I went down after tripping on a root during the race", "fainting_with_exercise", "not stated"),
    ("my pace went down after crossing the halfway line", "fainting_with_exercise", "not stated"),
    ("I went down on the ice on my run", "fainting_with_exercise", "not stated"),
    # "couldn't stand ... for 30 seconds before the hip started hurting": the hip hurts (set 39)
    ("couldn't stand on the right leg for 30 seconds before the outer hip started hurting", "outer_hip_pain", True),
    # "no run is groin-pain free anymore": every run hurts (set 28: the wrong way round)
    ("no run is groin-pain free anymore, aches during and after", "hip_or_groin_pain", True),
    ("every run is pain free now", "hip_or_groin_pain", "not stated"),
    # the knee's pain inside a phrase of pain when sitting is said too (a test drive: no condition)
    ("Knee pain after sitting in the cinema for 2 hrs", "knee_pain", True),
    ("Knee pain after sitting in the cinema for 2 hrs", "pain_sitting_or_lying_on_side", True),
    ("Lying on the sore hip doesn't bother it at all.", "hip_or_groin_pain", "not stated"),
    # a word of the observation's own stating phrase is no "fine" after it: "... stay injury
    # free" says no complaints twice (set 35: read denied, the wrong way round)
    ("nothing sore anywhere just want advice to stay injury free", "no_complaints", True),
    ("my knee hurt last month but it's pain free now", "knee_pain", False),
    # a red flag's phrase of the leg, found without "leg", is not of a foot (test drive 38: an
    # ambulance for "a sore foot that won't settle"); the toes its synonyms name still are
    ("my foot has been sore for weeks and won't settle", "severe_leg_pain_after_exercise", "not stated"),
    ("The pain didn't settle with rest at all and moving my toes makes it scream", "severe_leg_pain_after_exercise", True),
    ("severe leg pain since the race that won't settle", "severe_leg_pain_after_exercise", True),
    # "I have to walk" in a run stops it: no pain on walking (test drive 39)
    ("After about 4k I get a sharp pain on the outside of my knee, then I have to walk", "pain_when_walking", "not stated"),
    ("it hurts so much I have to walk on my toes", "pain_when_walking", True),
    # the part that "is the problem" hurts (set 57 read nothing); "the problem is ..." is not read
    ("Not the knee! Physio keeps asking, but it's the outside of my hip that's the problem", "outer_hip_pain", True),
    ("Not the knee! Physio keeps asking, but it's the outside of my hip that's the problem", "knee_pain", False),
    ("my knees feel fine on runs, its my hip thats the issue", "hip_or_groin_pain", True),
    ("outer hips feel good, the problem is lower down", "low_back_pain", "not stated"),
    # a rise of how often, said in words (test drive 39: a parent's load spike unread)
    ("she went from running twice a week on her own to 5 sessions incl intervals and track reps", "recent_mileage_increase", True),
    ("went from running two days a week to five", "recent_mileage_increase", True),
    ("one spot on my shin hurts, I run five times a week", "recent_mileage_increase", "not stated"),
    # "S&C" is strength and conditioning (set 57)
    ("She does S&C with the school team twice a week", "no_strength_training", False),
    ("no S&C at all, just running", "no_strength_training", True),
    # a knee "the size of a grapefruit" after a twist is swollen (set 56: a red flag unread)
    ("twisted it on a root and within a couple of hours the knee was the size of a grapefruit", "knee_swelled_after_twist", True),
    ("the lump on my shin is the size of a golf ball", "knee_swelled_after_twist", "not stated"),
    # a part that "goes sharp" hurts (test drive 38 read nothing and stopped)
    ("Outside of my left knee goes sharp about 20 mins into any downhill", "outer_knee_pain", True),
    ("Outside of my left knee goes sharp about 20 mins into any downhill", "downhill_knee_pain", True),
    # the hip crease is the groin, and "it" after it borrows the place (test drive 38)
    ("deep pain in the hip crease. it's been getting worse every run", "groin_pain_worsening", True),
    # "nobody, not X and not Y, has ever seen ...": the aside cuts no negation off (set 32)
    ("nobody, not my coach and not the physio, has ever seen my knee move inward when I land", "knee_caves_in", False),
    ("no one, not even my physio, has noticed my hips drop", "pelvis_drops", False),
    ("not my coach, not the physio, everyone says my knee caves in", "knee_caves_in", True),
    # "... then it's fine" after a first mile's pain is the pain that eases once warmed up (set 43)
    ("hurts for the first mile then it's fine, then it's sore again the next morning", "pain_eases_after_warmup", True),
    # session 40: "that's stopped now" is gone, as "that's gone now" is (not the emergency's chest
    # pain now, and a past the runner says is over); "it's stopped me running" is no such thing;
    # a body part pressed with where on it names no pain (set 64 read Achilles pain, wrong way)
    ("used to wake me at 3am but thats stopped now", "pain_at_night", False),
    ("chest pain on the hills, it's stopped now", "acute_chest_pain", "not stated"),
    ("chest pain on the hills, it's stopped now", "chest_pain_with_exercise", True),
    ("chest pain on the hills and it still hasnt stopped", "acute_chest_pain", True),
    ("chest pain on the hills, still hasnt gone", "acute_chest_pain", True),
    ("chest pain on the hills and it won't stop", "acute_chest_pain", True),
    ("my periods haven't stopped, still every 28 days or so", "missed_periods", False),
    ("mileage hasn't gone up, same 40 a week", "recent_mileage_increase", False),
    ("can't get rid of the night pain", "pain_at_night", True),
    ("the shin ache won't budge", "shin_pain", True),
    # "never had pain like it" says a pain like no other; "not able to sleep for the pain" a pain
    # that keeps them awake; "no idea why it's swollen" does not doubt the swelling; "realise" is
    # no calf raise (each read the wrong way round, or a red flag not known, before)
    ("I've never had chest pain like it", "chest_pain_with_exercise", True),
    ("never had a stress fracture or anything like it", "previous_bone_stress_injury", False),
    ("not been able to sleep for the shin pain", "shin_pain", True),
    ("not been able to sleep for the shin pain", "pain_at_night", True),
    ("no idea why my calf is so swollen", "calf_swollen_warm_tender", True),
    ("not sure if my calf is swollen", "calf_swollen_warm_tender", None),
    ("didn't realise how swollen my calf was until my wife pointed it out", "calf_raise_low", "not stated"),
    ("no position is comfortable at night", "pain_at_night", True),
    ("I'd be lying if I said my periods were regular", "missed_periods", True),
    # little feeling is numbness (the saddle's is the emergency: "barely any feeling in my bum
    # cheeks" read nothing, "not much feeling in my toes" read toe-running denied); "can't tell you
    # how swollen" is very swollen; a body part twice its size is swollen
    ("barely any feeling in my bum cheeks", "saddle_numbness", True),
    ("not much feeling in my toes", "numbness_tingling", True),
    ("not much feeling in my toes", "runs_on_toes", "not stated"),
    ("can barely feel my toes after long runs", "numbness_tingling", True),
    ("I can hardly feel my knee pain now", "numbness_tingling", "not stated"),
    ("can't tell you how swollen my ankle is", "swelling", True),
    ("my calf is twice the size of the other and warm", "calf_swollen_warm_tender", True),
    ("my shins don't last a mile before they ache", "shin_pain", True),
    ("can hop on it no bother", "pain_on_hopping", False),
    # "..., never in races" borrows the complaint before with its place; "no X in either leg"
    # denies X in both (the cauda-equina sign read nothing)
    ("calf cramps on long runs, never in races", "cramps_when_racing", False),
    ("calf cramps on long runs, never in races", "calf_cramps", True),
    ("my knee hurts on runs but never at night", "pain_at_night", False),
    ("no sciatica in either leg", "sciatica_both_legs", False),
    ("no pain going down either leg", "sciatica_both_legs", False),
    ("it's in either leg at random", "sciatica_both_legs", "not stated"),
    # "no appetite" is eating too little, not its denial (read the RED-S flag denied)
    ("no appetite lately and lost half a stone", "low_energy_intake", True),
    ("appetite is good, no weight loss", "low_energy_intake", False),
    ("my periods have been non existent this year", "missed_periods", True),
    # a clause that starts "nowhere" says nothing was (read the bone-stress flag PRESENT)
    ("poked along the shin bone and nowhere was especially sore", "pinpoint_bone_pain", False),
    ("nowhere on the bone was sore", "pinpoint_bone_pain", False),
    ("the pain came out of nowhere, my shin is sore to press at one spot", "pinpoint_bone_pain", True),
    # a bone pressed that "felt nothing" or "didn't flinch" is its tenderness denied (read nothing)
    ("pressed the shin bone and felt nothing", "pinpoint_bone_pain", False),
    ("pressed the shin bone and didn't flinch", "pinpoint_bone_pain", False),
    ("pressed the bump under his kneecap and he didn't flinch", "pain_below_kneecap", False),
    # a self-test whose body part "went in" failed it (read the fault DENIED, the wrong way round:
    # "went" as gone); a test's reps, then "and the knee didn't wobble inwards", is its result
    ("did the single leg squat and the knee went in", "single_leg_squat_knee_in", True),
    ("single leg squat: knee went in", "single_leg_squat_knee_in", True),
    ("5 slow one-leg half squats each side and the knee didnt wobble inwards once", "single_leg_squat_knee_in", False),
    # test drive 45: one sore spot said beside a long stretch found in part is the spot (the
    # bone-stress sign; read as shin splints with self-care); a rupture's phrase needs its pop or
    # snap ("heel pain at the back of the heel" read the torn Achilles, urgent); the sitting bone is
    # no bone of a stress fracture ("ache right at my sit bone, left side" read it, urgent)
    ("tender spot on the bone about a third of the way up my shin", "pinpoint_bone_pain", True),
    ("tender spot on the bone about a third of the way up my shin", "shin_pain_long_stretch", "not stated"),
    ("sore along the inside of the bone, no one spot", "shin_pain_long_stretch", True),
    ("heel pain at the back of the heel", "achilles_snap", "not stated"),
    ("felt a pop at the back of my heel", "achilles_snap", True),
    ("The bottom of my heel is fine, it's the back of the ankle", "achilles_snap", "not stated"),
    ("ache right at my sit bone, left side", "pinpoint_bone_pain", "not stated"),
    ("ache right at my sit bone, left side", "buttock_pain_at_sitting_bone", True),
    # a footstrike heard, or feet that slap the ground, is a loud landing, no foot drop (read the
    # urgent flag for a pain-free heel striker); a form fault beside "no aches or pains" leaves it
    # a runner without complaints
    ("you can hear him slapping down", "foot_drop_or_weakness", "not stated"),
    ("my feet slap the ground when I run", "foot_drop_or_weakness", "not stated"),
    ("my foot slaps down and I trip on the toes", "foot_drop_or_weakness", True),
    ("cadence 150, no aches or pains", "no_complaints", True),
    ("pressed on the bony point of my hip, nothing, doesn't hurt", "no_complaints", "not stated"),
    # what makes a pain worse, said after another place's pain, is no knee's ("outer hip pain,
    # worse on stairs" read runner's knee first, test drive 45)
    ("outer hip pain, worse on stairs", "knee_pain", "not stated"),
    ("outer hip pain, worse on stairs", "outer_hip_pain", True),
    ("my knee aches, worse on stairs", "pain_around_kneecap", True),
    # "female" alone in the runner's own list is the runner, not another person ("Im 29, female,
    # ..." then "I get an ache" left the runner's sex unread, test drive 45)
    ("Im 29, female, training for my first marathon. I get an ache in my knee.", "is_female", True),
    ("my wife, she gets knee pain, I don't", "knee_pain", False),
    # "back in 2010" is a time, no back (read low back pain denied, test drive 45)
    ("I had achilles trouble back in 2010 but that's long gone", "low_back_pain", "not stated"),
    ("my back when I run is sore", "low_back_pain", True),
    # set 66's three read the wrong way round: "so no" is an answer, not a negation put last;
    # "taller than me" compares; "nor lying on that side" denies it too ("nor can I" does not)
    ("I work on a building site so no, not sat down much", "sits_all_day", False),
    ("hes 17 now and finished growing, taller than me", "still_growing", False),
    ("he's grown taller than his dad this year", "still_growing", True),
    ("sitting thru a long film doesnt bother it, nor lying on that side", "pain_sitting_or_lying_on_side", False),
    ("neither can I lie on that side", "pain_sitting_or_lying_on_side", True),
    # "never felt so faint", "not once ... like that before", "no strength in my foot": said,
    # not denied (the first two read the heart red flags denied, the last read nothing)
    ("never felt so faint in my life after that race", "fainting_with_exercise", True),
    ("never felt faint", "fainting_with_exercise", False),
    ("not once has my heart raced like that before", "palpitations_with_exercise", True),
    ("not once has my knee given way", "joint_gives_way", False),
    ("I have no strength in my left foot, it flops", "foot_drop_or_weakness", True),
    ("no difference in strength", "one_side_weaker", False),
    ("I can't feel anything down there since the long run", "saddle_numbness", True),
    ("I can feel everything down there", "saddle_numbness", False),
    ("my leg isn't right, it's swollen and red after the flight", "calf_swollen_warm_tender", True),
    ("I felt what I thought was a cramp in my left calf, then it tightened right up", "calf_sudden_pain", True),
    ("it was just a cramp, eased when i stretched", "calf_sudden_pain", "not stated"),
    ("Pain on the outside of my right hip, on the bony bit, very tender to press.", "outer_hip_bony_point_tender", True),
    # test drive 46: "and comes back" is a return, no back; "nee", "wen" are knee, when
    ("sore at the start of a run then eases off after a mile and comes back after", "low_back_pain", "not stated"),
    ("my back pain came back", "low_back_pain", True),
    ("my nee hurts wen i run", "knee_pain", True),
    ("I kept my usual mileage", "recent_mileage_increase", False),
    ("I kept my normal mileage. Now my shins ache along the inside after runs", "recent_mileage_increase", False),
    ("squeezed the tendon a few cm above the heel, nothing", "achilles_pain_above_heel", "not stated"),
    ("squeezed the tendon a few cm above the heel and it hurts", "achilles_pain_above_heel", True),
    ("every run at about 15 minutes my calves go tight and burn, stop for 5 min and its gone",
     "exertional_leg_pain", True),
    # test drive 46: pain at the start of a run that eases is no pain only after runs
    ("sore at the start of a run then eases off after a mile", "pain_only_after_runs", "not stated"),
    ("sore at the start of a run then eases off after a mile", "pain_eases_after_warmup", True),
    ("my knee only hurts after running, never during", "pain_only_after_runs", True),
    # spent sets 65 and 67: a chest denial on hill reps is of chest pain on runs; "or" joins more
    # words of the same denial ("no chest pain or tightness at all" denies chest pain now too)
    ("Bob reports no chest discomfort on the hill reps this winter", "chest_pain_with_exercise", False),
    ("no chest pain or tightness at all", "acute_chest_pain", False),
    ("no chest pain, pressure or tightness", "acute_chest_pain", False),
    ("no chest pain or tightness on hills", "acute_chest_pain", "not stated"),
    ("no chest pain or tightness on hills", "chest_pain_with_exercise", False),
    # spent set 66: a walk's count and day are no part of what the denial after it borrows, and
    # "pain free the whole way" denies as "no pain" does
    ("walked the dog 5 miles yesterday, pain free the whole way", "pain_when_walking", False),
    ("walked the dog 5 miles yesterday, no pain", "pain_when_walking", False),
    # "back to full training" is a return, no back
    ("Discharge: back to full training. Single-leg hop x20 each side, pain-free", "low_back_pain", "not stated"),
    ("calves dont feel tight after runs anymore, back to normal since I started the heel drops",
     "achilles_pain", "not stated"),
    ("got back into running in may, my lower back is sore", "low_back_pain", True),
    # spent sets 64 to 66: normal states in other words
    ("on the video my hips stay flat", "pelvis_drops", False),
    ("arms still going strong at the end of long runs", "arm_swing_fades", False),
    ("could take weight through it fine after", "cannot_bear_weight", False),
    ("balance test fine", "wobbles_on_one_leg", False),
    ("both calves measure the same", "calf_swollen_warm_tender", False),
    ("I'm an adult but my knee hurts", "still_growing", False),
    ("Temp normal, joint not warm to touch", "hot_swollen_joint_fever", False),
    # "that stopped when ..." is over, as "that's stopped now" is
    ("toes used to go numb on long runs but that stopped when i went up a shoe size", "numbness_tingling", False),
    # set 68: hamstrings "compared" with the quads are weak only with a word of it (the wrong way round)
    ("my hamstrings are about right compared with my quads", "hamstrings_much_weaker_than_quads", False),
    ("the gym test showed my hamstrings are fine compared to my quads", "hamstrings_much_weaker_than_quads", False),
    ("my hamstrings are weak compared to my quads", "hamstrings_much_weaker_than_quads", True),
    # ", e.g. ..." is an example, no clause of its own
    ("Q6 chest discomfort on exertion, e.g. climbing hills: never experienced", "chest_pain_with_exercise", False),
    # a pain there while running is no pain only after runs
    ("its there while im running as well, not only once I stop", "pain_only_after_runs", False),
    ("it starts while im still running, not only once ive stopped", "pain_only_after_runs", False),
    # back-to-back runs are no back; a postie is on their feet
    ("doing back to backs at the weekends and my back doesn't hurt", "low_back_pain", False),
    ("doing back to backs at the weekends, no pain at rest", "low_back_pain", "not stated"),
    ("I'm a postie so never sat down till I get home", "sits_all_day", False),
    ("long time lurker, first time poster", "sits_all_day", "not stated"),
    # sets 64, 67, 68: a body part that "goes" or "starts burning" at a distance is its pain coming on
    ("outside of my knee goes at mile 4 every single time", "outer_knee_pain", True),
    ("outside of the knee starts burning at about 6k every single time", "outer_knee_pain", True),
    ("my knee goes at 10 miles", "knee_pain", True),
    ("my knee goes", "knee_pain", "not stated"),
    # set 68: "nothing at night" is the night's pain denied; other words for a normal state
    ("nothing at night in bed, whichever way i lie", "pain_at_night", False),
    ("zero at rest", "pain_at_rest", False),
    ("ive never felt my heart thumping out of rhythm during or after a run", "palpitations_with_exercise", False),
    ("he can stand on that foot and take his whole weight no bother", "cannot_bear_weight", False),
    ("he didnt need helping off, walked off the track on it himself", "cannot_bear_weight", False),
    ("no trouble kicking at the end of a race, the push off is there when I want it", "weak_push_off", False),
    # sets 66, 68: what the runner stood on one leg for is no part of the test
    ("standing on one leg to brush my teeth, the side of my hip hurts within 20 seconds",
     "single_leg_stance_hip_pain", True),
    ("I can stand on one leg to pull my socks on without it hurting", "single_leg_stance_hip_pain", False),
    # sets 66, 68: "always something niggling" is a complaint
    ("wish I could say nothing hurts but theres always something niggling", "no_complaints", False),
    ("squeezed the tendon a couple of inches up, nothing sore there", "no_complaints", "not stated"),
    # set 68: a track meet is a race, no tendon that meets the heel
    ("he went over on it at the meet but the knee didnt swell afterwards", "achilles_pain", "not stated"),
    ("sore right where the tendon meets the heel", "achilles_pain_at_heel_bone", True),
    # sets 66, 68: "back there" points at a place, no back
    ("didnt hear or feel anything snap back there", "achilles_snap", False),
    ("achilles is fine, no pain back there", "low_back_pain", "not stated"),
    ("my lower back there is sore", "low_back_pain", True),
    # test drive 47: a situation excepted from a denial is the complaint there (each read denied,
    # self-care: the heart's red flag missed)
    ("no chest pain unless I'm going up hills", "chest_pain_with_exercise", True),
    ("no chest pain except on hills", "chest_pain_with_exercise", True),
    ("I never get chest pain apart from on hills", "chest_pain_with_exercise", True),
    ("nothing wrong with my chest apart from it going tight on hills", "chest_pain_with_exercise", True),
    ("no chest tightness except on the big hill on my loop", "chest_pain_with_exercise", True),
    ("doesn't hurt at night unless I've done a long run that day, then it throbs whatever way I lie",
     "pain_at_night", True),
    ("knee is fine except when I'm going downstairs", "knee_pain", True),
    ("no knee pain except on the downhills", "knee_pain", True),
    ("no swelling apart from the ankle", "swelling", True),
    ("no chest pain", "chest_pain_with_exercise", False),
    # not a normal period is a period missed (read denied: the RED-S flag the wrong way round)
    ("I haven't had a normal period in months", "missed_periods", True),
    ("my periods are normal", "missed_periods", False),
    # not remembering the last time it did not hurt is always; the last time it hurt, never
    ("can't remember the last time my shin didn't hurt at night", "pain_at_night", True),
    ("can't remember the last time my knee hurt", "knee_pain", False),
    ("can't remember the last time I had a normal period", "missed_periods", True),
    ("i cant remember when i last had a period", "missed_periods", True),
    # test drive 47: a waking tied to lying on it ("when I roll onto it") is the pain of lying on
    # the sore side, no night pain (read the femoral neck fracture, urgent, for gluteal tendinopathy)
    ("outside of my hip hurts and it keeps me awake at night when I roll onto it", "pain_at_night", "not stated"),
    ("outside of my hip hurts and it keeps me awake at night when I roll onto it",
     "pain_sitting_or_lying_on_side", True),
    ("hip wakes me at night whatever side I lie on", "pain_at_night", True),
    # test drive 47: hobbling that eases after minutes, or of the morning, is first-step pain, no
    # limp; "then fine" is a pain that eases, no normal morning
    ("Stabbing pain under my left heel with the first steps out of bed, it eases after 5 mins of "
     "hobbling about then comes back by the end of a shift.", "limping", "not stated"),
    ("hobbling about for the first few minutes each morning then fine", "morning_stiffness", True),
    ("hobbling about for the first few minutes each morning then fine", "limping", "not stated"),
    ("I'm hobbling around", "limping", True),
    # test drive 47: "just" after a denial of a body part sets another pain of it against it
    ("no pain when I press my shin, just sore along the inside when I run", "shin_pain", True),
    ("no sore spot on the bone when i prod it, just a general muscly ache", "pinpoint_bone_pain", False),
    # an age and sex after a full stop, or "I'm"
    ("Hi all. 29F. Knee hurts", "is_female", True),
    ("I'm 29F", "is_female", True),
    ("ran in 85F heat", "is_female", "not stated"),
    # an exception after a denial: its body part's pain is there after all, and a denial that
    # names neither lends what it denied
    ("hip doesn't hurt at night unless I lie on it", "hip_or_groin_pain", "not stated"),
    ("hip doesn't hurt at night unless I lie on it", "pain_sitting_or_lying_on_side", True),
    ("hip doesn't hurt at night unless I lie on it", "pain_at_night", False),
    ("I don't get dizzy except after hard intervals", "fainting_with_exercise", True),
    ("I get dizzy after hard intervals", "fainting_with_exercise", True),
    ("no palpitations unless I drink coffee", "palpitations_with_exercise", True),
    ("no chest pain other than on the big climbs", "chest_pain_with_exercise", True),
    # a question about what the runner has says they have it (each read nothing: red flags missed)
    ("is it normal that my chest gets tight on hills?", "chest_pain_with_exercise", True),
    ("should I worry that my chest gets tight on hills?", "chest_pain_with_exercise", True),
    ("is it bad that my calf is swollen and hot after the flight?", "calf_swollen_warm_tender", True),
    ("is it normal for my heart to race on easy runs?", "palpitations_with_exercise", True),
    ("is it safe to run with a swollen calf?", "calf_swollen_warm_tender", True),
    ("physio asked about numbness in the saddle area, there isn't any", "saddle_numbness", False),
    # gone only partly is not gone (read the clot's red flag denied)
    ("the calf swelling has gone down a bit", "calf_swollen_warm_tender", True),
    ("the calf swelling has gone down", "calf_swollen_warm_tender", False),
    ("the swelling is mostly gone", "swelling", True),
    # "can't really feel" is "can't feel" (unread; "cant really feel my toes" read toe-running denied)
    ("can't really feel my foot properly when I run", "numbness_tingling", True),
    ("cant really feel my toes", "runs_on_toes", "not stated"),
    # a note of what was not found is absent (each read PRESENT)
    ("saddle numbness not present", "saddle_numbness", False),
    ("swelling is not present", "swelling", False),
    ("calf tenderness not found", "calf_tightness", False),
    ("I have not seen a physio, my knee hurts", "knee_pain", True),
    # "no complaints of X" denies X, no complaint at all
    ("no complaints of night pain", "pain_at_night", False),
    ("no complaints of night pain", "no_complaints", "not stated"),
    ("no complaints about my knees", "knee_pain", False),
    ("no complaints", "no_complaints", True),
    # a body part that "hasn't been fine/right", "doesn't feel fine" hurts (read denied, or nothing)
    ("my knee hasn't been fine since", "knee_pain", True),
    ("my knee doesn't feel fine", "knee_pain", True),
    ("my knee has felt fine", "knee_pain", False),
    ("my knee hasnt been right since", "knee_pain", True),
    ("my hip doesn't feel right", "hip_or_groin_pain", True),
    ("it's not my right knee, it's the left", "knee_pain", "not stated"),
    # set 69: clinic shorthand ("troch", "FWB"), strength "even", a clause that starts "starts"
    ("FWB, no antalgic gait", "cannot_bear_weight", False),
    ("greater troch non tender to palpation", "outer_hip_bony_point_tender", False),
    ("physio tested both legs, strength was even", "one_side_weaker", False),
    ("starts about 2 miles in, so its during the run not just after", "pain_only_after_runs", False),
    # a normal state of a body part not said, in a clause that names another, is none
    ("unremarkable exam of the shin", "knee_pain", "not stated"),
    ("knee exam unremarkable", "knee_pain", False),
    ("Knees have been fine the whole way through C25K, no pain in them at all", "quads_tire_long_runs", "not stated"),
    # clinic shorthand of normal findings
    ("neuro intact", "numbness_tingling", False),
    ("apyrexial", "hot_swollen_joint_fever", False),
    ("hop test WNL", "pain_on_hopping", False),
    # a knee that aches after long runs is no knee that aches in long meetings
    ("Knee aches after long runs", "pain_sitting_or_lying_on_side", "not stated"),
    ("my knees ache in long meetings at work", "pain_sitting_or_lying_on_side", True),
    # test drive 48: a runner's sentence with a question mark, then a denial of a time of pain,
    # is no question answered no (read the bone-stress flag denied, self-care)
    ("is it normal my shin hurts at one spot on the bone? doesn't hurt at night", "pinpoint_bone_pain", True),
    ("is it normal my shin hurts at one spot on the bone? doesn't hurt at night", "pain_at_night", False),
    ("is it normal my shin hurts at one spot on the bone? doesn't hurt at night", "shin_pain", "not stated"),
    ("is it normal that my achilles is stiff every morning? doesn't wake me at night", "achilles_pain", True),
    ("is it normal that my achilles is stiff every morning? doesn't wake me at night", "pain_at_night", False),
    ("Night pain? None", "pain_at_night", False),
    ("Any swelling? Not in the knee, but the ankle is puffy", "swelling", True),
    ("Hydration pack: don't own one", "wears_hydration_pack", False),
    # a race's "Great" is no fine (read the rise in mileage denied)
    ("It started when I upped my miles for the Great North Run.", "recent_mileage_increase", True),
    ("knees feel great on runs", "knee_pain", False),
    # lying on one's back is a position; a bent-knee bridge the hamstrings' test
    ("no pain just lying on my back", "low_back_pain", "not stated"),
    ("my back hurts lying on my back", "low_back_pain", True),
    ("Pain reproduced on bent-knee bridge", "knee_pain", "not stated"),
    # set 70: "without trying" negates nothing after it (read the energy flag denied); "a sharp no" hurts
    ("lost half a stone without trying and constantly knackered", "low_energy_intake", True),
    ("lost pounds without trying", "low_energy_intake", True),
    ("haven't lost any weight", "low_energy_intake", False),
    ("tried hopping on it and it was a sharp no", "pain_on_hopping", True),
    # set 70's kinds
    ("arms keep going fine even at the end of long runs", "arm_swing_fades", False),
    ("filmed him on the track, knees line up straight over his toes when he lands", "knee_caves_in", False),
    ("in the mirror on the one leg squats my knee falls inwards", "single_leg_squat_knee_in", True),
    ("the knee high socks at the club shop are great", "knee_pain", "not stated"),
    # found by probing: a bladder that "feels odd" beside back pain (the emergency's sign, unread);
    # "everything went grey at the finish" (the fainting flag, unread)
    ("back pain but no leg symptoms, though my bladder feels odd", "bladder_bowel_change", True),
    ("everything went grey at the finish", "fainting_with_exercise", True),
    # "not pain as such, more a pressure" is a feeling of the same body part in other words (the
    # heart's red flag read denied)
    ("no pain in the chest as such, more a pressure when I climb", "chest_pain_with_exercise", True),
    ("no pain in the chest as such, it's more a pressure when I climb", "chest_pain_with_exercise", True),
    ("no sore spot on the bone, more a general muscly ache", "pinpoint_bone_pain", False),
    ("not dizzy exactly, more like everything went grey at the finish", "fainting_with_exercise", True),
    ("I don't get chest pain, I get a tightness on hills", "chest_pain_with_exercise", True),
    ("no knee pain, I get tired on hills", "knee_pain", False),
    # a test not done for the pain is its pain; "the rest" of a place is no rest
    ("hop test - couldn't do it, too painful", "pain_on_hopping", True),
    ("pressing the shin: one spot really sore, the rest fine", "pain_at_rest", "not stated"),
    ("pressing the shin: one spot really sore, the rest fine", "pinpoint_bone_pain", True),
    ("pain at rest? none, the rest is fine", "pain_at_rest", False),
    # test drive 64: "slipped on wet leaves" read new bladder trouble (an ambulance); "no
    # numbness or tingling down the leg" after the groin denied the saddle's numbness; "no
    # bruising" after "no pop at the achilles" denied Achilles pain
    ("About 2 months ago I slipped on wet leaves and fell onto my right side.", "bladder_bowel_change", "not stated"),
    ("checked after the West Highland Way race, no swelling", "bladder_bowel_change", "not stated"),
    ("since yesterday I keep wetting myself and my bum feels numb", "bladder_bowel_change", True),
    ("I wet myself this morning without noticing", "bladder_bowel_change", True),
    ("No pain into the groin, no numbness or tingling down the leg, I can walk normally.", "saddle_numbness",
     "not stated"),
    ("No pain into the groin, no numbness or tingling down the leg, I can walk normally.", "numbness_tingling", False),
    ("groin isnt getting worse run to run, and standing on that leg doesnt hurt", "groin_pain_worsening", False),
    ("no pop at the achilles, no bruising, no swelling.", "achilles_pain", "not stated"),
    ("no pop at the achilles, no bruising, no swelling.", "achilles_snap", False),
    ("knees are happy, no pain", "knee_pain", False),
    # test drive 64: "lost 5 kg without really trying" denied numbness ("trying" spelt like
    # "tingling"); test drive 63: "got back from the trip" read low back pain; set 87: "the pain
    # from my back goes down both legs" read no sciatica in both legs (the emergency's sign)
    ("lost 5 kg without really trying", "numbness_tingling", "not stated"),
    ("lost 5 kg without really trying", "low_energy_intake", True),
    ("got back from the trip and since then my left calf aches", "low_back_pain", "not stated"),
    ("got back from the trip and since then my left calf aches", "calf_tightness", True),
    ("I got back pain from sitting", "low_back_pain", True),
    ("the pain from my back goes down both legs now", "sciatica_both_legs", True),
    ("There is no pain which goes from the back into both legs.", "sciatica_both_legs", False),
    # set 88: "shins are clear" is fine (read shin pain along a long stretch present, the wrong way)
    ("shins are clear all the way down the inner edge, no long band of soreness", "shin_pain_long_stretch", False),
    ("hey coach easy 8k done, hills felt fine, chest totally clear the whole way", "chest_pain_with_exercise", False),
    ("the x-ray was clear but my shin still hurts", "shin_pain", True),
    ("it's clearly swollen", "swelling", True),
    # set 87 and probing: a sentence's opening "no" before the runner's own negation answers a
    # question ("no I dont brace my core" read bracing present; "no it doesnt hurt at night"
    # night pain present; "no I cant put weight on it" the red flag denied)
    ("no I dont brace my core on easy runs, maybe only on the final sprint", "braces_abs_every_run", False),
    ("no it doesnt hurt at night", "pain_at_night", False),
    ("no i havent had any swelling", "swelling", False),
    ("no I cant put weight on it", "cannot_bear_weight", True),
    ("no I can't walk without a limp", "limping", True),
    ("Night pain? no it doesnt wake me", "pain_at_night", False),
    ("my knee aches. no it doesnt swell", "knee_pain", True),
    # test drive 64 (and older ones): a weekly log is a change from the first week to the last
    ("wk1 15km, wk2 18km, wk3 25km, wk4 32km. shins sore along the inner edge", "recent_mileage_increase", True),
    ("W1: 10k, W2: 15k, W3: 25k", "recent_mileage_increase", True),
    ("wk1 30km wk2 30km wk3 31km, knee sore", "recent_mileage_increase", False),
    ("wk1 15km, wk2 18km", "recent_mileage_increase", "not stated"),
    # sets 89 and 90: a hop test's pain past the leg it was done on and where (urgent, unread);
    # "cant put my foot down at all" (the red flag, unread); "toilet paper feels like it always
    # does" (the saddle's numbness read present, an emergency); "tried to sell me insoles" (swelling)
    ("tried a few hops on the left leg in the kitchen and it stabbed like a knife every landing", "pain_on_hopping",
     True),
    ("couldnt stand on the left leg for 30 secs without the outside of the hip starting to ache",
     "single_leg_stance_hip_pain", True),
    ("cant put my foot down at all, hopping to the bathroom", "cannot_bear_weight", True),
    ("I can't put my foot down in the morning without pain under the heel", "cannot_bear_weight", "not stated"),
    ("balance is good, stood on each leg for 30s without putting a foot down", "cannot_bear_weight", "not stated"),
    ("feeling is normal around the saddle area, toilet paper feels like it always does", "saddle_numbness", False),
    ("my knee hurts as usual", "knee_pain", True),
    ("the gait analysis guy at the expo tried to sell me 60 dollar insoles lol", "swelling", "not stated"),
    # test drive 65: "only wakes me if I lie on that side" read the night-pain red flag (a gluteal
    # tendinopathy story referred, no plan); "her ankle is hot and swollen" only a swelling (within
    # days for a possible infected joint)
    ("only wakes me if I lie on that side", "pain_at_night", "not stated"),
    ("only wakes me if I lie on that side", "pain_sitting_or_lying_on_side", True),
    ("it doesnt wake me if I lie on it", "pain_sitting_or_lying_on_side", False),
    ("it wakes me whatever side I lie on", "pain_at_night", True),
    ("wakes me at 3am whichever side i lie on", "pain_at_night", True),
    ("had a fever of 39 last night and her ankle is hot and swollen", "hot_swollen_joint_fever", True),
    ("ankle not hot or swollen", "hot_swollen_joint_fever", False),
    # set 89, each read the wrong way round
    ("im 34, long done with growing", "still_growing", False),
    ("pressed right where the achilles joins the back of the heel bone, nothing sore at that spot",
     "achilles_pain_at_heel_bone", False),
    ("sore where the achilles joins the heel bone", "achilles_pain_at_heel_bone", True),
    ("Achilles - not painful, I squeeze it every morning to check", "achilles_pain", False),
    ("ran 10k - knee sore after", "knee_pain", True),
    ("single leg squat self test: knee didnt wander inwards and hip didnt dip, looked pretty solid",
     "single_leg_squat_knee_in", False),
    ("Morning is not stiff, first step from the futon is OK, not worse than evening", "morning_stiffness", False),
    ("it gets worse towards the evening, fine in the morning", "morning_stiffness", False),
    # test drive 66: a hard heel counter on a list of what a heel's pain is worse on is no weak
    # climbing (read weak glutes, and a glute bridge for an insertional Achilles)
    ("Pain at the back of my heel right where the achilles joins the bone, worse in my tight shoes with a hard heel "
     "counter and on hills.", "weak_uphill", "not stated"),
    ("hills feel hard lately and my knee aches", "weak_uphill", True),
    # test drive 66: back pain that shoots down one leg is sciatica (read weak core, self-care)
    ("pain in my lower back that shoots down the back of my leg to my calf, 45 male", "numbness_tingling", True),
    ("no pain shooting down my leg", "numbness_tingling", False),
    ("He's not even 13 yet and still shooting up", "numbness_tingling", "not stated"),
    ("nothing shooting down both legs", "sciatica_both_legs", False),
    # test drive 68: pain at one spot of the inner shin read a long stretch of it (shin splints,
    # within days) and no bone's tender spot (today); test drive 67: "nope to fainting" read
    # fainting present (urgent, the wrong way round)
    ("Coach here. One of my girls (19) has pain at one spot low down on her inner shin that she can cover with a "
     "fingertip, really sore to press. It now hurts when she walks to class.", "pinpoint_bone_pain", True),
    ("pain at one spot low down on my inner shin", "shin_pain_long_stretch", "not stated"),
    ("inner shin ache after runs, not one spot", "shin_pain_long_stretch", True),
    ("knee sore. Also nope to fainting.", "fainting_with_exercise", False),
    ("nah to chest pain", "chest_pain_with_exercise", False),
    # test drive 67: "no snap. felt like someone hit me at the back of the ankle" is the torn
    # Achilles' sign (read denied: self-care); "my calf just went at 8k" a calf strain (read
    # nothing: "nothing needs a clinician")
    ("achilles sore, no snap. felt like someone hit me at the back of the ankle", "achilles_snap", True),
    ("pretty sure I have runners knee, the front of the knee and kneecap are fine", "pain_around_kneecap", False),
    ("my calf just went at 8k, felt like someone kicked me. no snap or pop at the ankle", "calf_sudden_pain", True),
    ("calf went swollen and warm after the flight", "calf_sudden_pain", "not stated"),
    ("my calf went tight", "calf_sudden_pain", "not stated"),
    # set 92: what everyone expects is no complaint ("at 67 everyone expects my knees to hurt but no")
    ("at 67 everyone expects my knees to hurt but no, no pain in the jog bits or after", "knee_pain", "not stated"),
    # ... but what happened more than expected happened ("expected" made any clause hypothetical)
    ("my knee hurts more than I expected", "knee_pain", True),
    ("my calf is tighter than expected", "calf_tightness", True),
    ("I expected my knee to hurt on the hills but it was fine", "knee_pain", "not stated"),
]


@pytest.mark.parametrize("text, oid, expected", KINDS)
def test_a_runners_words_read_by_kind(kb, text, oid, expected):
    assert stated(kb, text).get(oid, "not stated") == expected


def test_a_tests_result_is_a_short_clause_of_meaningful_words_not_of_all_words(kb):
    # "it feels just the same as the good one" is short in what it says: the hop test's result
    assert stated(kb, "I can hop 20 times on the bad leg and it feels just the same as the good one.")[
        "pain_on_hopping"] is False
    assert stated(kb, "I hop on it and it hurts")["pain_on_hopping"] is True


def test_an_abbreviation_keeps_the_runners_words_as_written(kb):
    text = "Q6 chest discomfort on exertion, e.g. climbing hills: never experienced"
    words = [s.words for s in read(kb, text).statements]
    assert all(w in text for w in words) and any("e.g." in w for w in words)
