# Lesson source: edit this file, then run `python notebooks/build.py` to rebuild the notebook.
# ruff: noqa: E501  (Markdown table rows cannot be wrapped)

# %% [markdown]
# # Lesson 04 · Claims and evidence
#
# An opinion piece is allowed to have opinions. The question in this lesson is different:
# when a text **states something as fact**, what backs it up?
#
# **Objectives.** By the end of this lesson you can:
#
# - tell a **claim** (a statement of fact in the writer's voice) from an **opinion**, a
#   **question** and an **attributed** statement (what a named source said);
# - say what supports a claim: a **named source**, a **vague source**, **evidence**
#   (figures, documents, dates and places) or **nothing**;
# - spot vague sources, casting doubt and one-cause explanations in texts from both sides;
# - explain how a news report attributes and hedges, and why that matters.
#
# **Minutes:** about 40.
#
# **What you need:** lessons 00 to 03.
#
# **Where this fits:** the claims you find here are the ones you investigate in lesson 07.

# %%
from mediakit import analyze, texts
from mediakit.lessons import (
    Reflection,
    argue,
    check_filled,
    check_kinds,
    check_number,
    check_phrases,
    claims_table,
    highlighted,
    mirror_table,
    reveal,
    sentence_number,
    sentence_table,
    techniques_table,
    unsupported_share,
    unsupported_table,
)

article = texts.case_study()
opposite = texts.get(texts.OPPOSITE_SLANT)
neutral = texts.get(texts.NEUTRAL_REPORT)
report = analyze(article.text)
neutral_report = analyze(neutral.text)
opposite_report = analyze(opposite.text)

# %% [markdown]
# ## Worked example: the same kind of rumour, three ways
#
# All three texts mention trouble inside an army at the front. Compare who is said to report it.
#
# > **Case study:** This is now causing serious strain and **we are increasingly hearing
# > reports** of mass surrenders, commander turnover,and also mutinies among Ukrainian troops.
#
# > **Opposite slant:** **We keep hearing reports** of whole Russian battalions wiped out in a
# > single day, of mass desertions, and of convicts thrown at Ukrainian trenches like firewood.
#
# > **News report:** **Russian state media and pro-Russian military bloggers have reported**
# > desertions and surrenders in some Ukrainian units. **Ukrainian officials say** those reports
# > do not reflect the situation at the front, …
#
# - The two opinion pieces use the same move from opposite sides: **"we hear reports"**. Who
#   reports? Where? You cannot check it, and the dramatic details ride in on the rumour.
# - The news report says *which kind* of source made the claim, so you know whose interest it
#   serves, and gives the other side's answer straight after. It does not say who is right.
#
# Here is how the kit labels those sentences: the kind of sentence, and the support inside it.

# %%
sentence_table(report, [sentence_number(report, "we are increasingly hearing reports")])

# %%
sentence_table(opposite_report, [sentence_number(opposite_report, "We keep hearing reports")])

# %%
sentence_table(neutral_report, [
    sentence_number(neutral_report, "pro-Russian military bloggers have reported"),
    sentence_number(neutral_report, "Ukrainian officials say those reports"),
])

# %% [markdown]
# **Kinds** describe the form of a sentence, not whether it is true:
#
# | kind | what it is | example written for the kit |
# |---|---|---|
# | claim | states something as fact in the writer's voice (also a report from a *vague* source) | "Crime has risen by 40 percent." |
# | opinion | the writer's view: "I believe", "should", or a verdict such as "a disgrace" | "The school board ought to publish its minutes." |
# | question | ends with a question mark | "Should the village keep its post office?" |
# | attributed | what a named or identifiable source said | "The mayor said the road will reopen on Monday." |
# | other | headings, greetings, calls to action | "Join the clean-up this Sunday." |
#
# **Support** is what, inside the sentence, backs it up: a **named source**, a **vague source**
# ("experts say", "reports"), **evidence** (a figure with its origin, a named document, a dated
# event in a named place) or **nothing**. The techniques of this family:

# %%
techniques_table("claims")

# %% [markdown]
# ## Predict, then reveal
#
# Of the case study's **claims** (statements of fact in the writer's own voice), what share do
# you think comes with **no support at all** inside the sentence? Give a percentage.

# %%
my_share = ...  # a percentage, e.g. 40

# %%
reveal(my_share,
       check_number(my_share, unsupported_share(report), close=15,
                    what="percent of the case study's claims (the kit's labels)"),
       unsupported_table({article.title: report, neutral.title: neutral_report}))

# %% [markdown]
# News reports state facts in their own voice too ("Fighting continued along the front line in
# eastern Ukraine."). The difference is the kind of fact: small, checkable, dated and placed,
# rather than sweeping claims about whole armies or centuries of history.
#
# Unsupported does not mean false. A claim with no source may be true; you just cannot tell from
# the text. That is what lesson 07 is for.
#
# ## Try it: what kind of sentence?
#
# Label each sentence with its kind: `"claim"`, `"opinion"`, `"question"`, `"attributed"` or
# `"other"`.
#
# 1. Former German Foreign Minister Sigmar Gabriel stated in an interview in 2018 that, "The
#    completely shattered relationship between Russia and the US was the greatest threat to
#    peace across the globe," … *(case study)*
# 2. And as this frenzied diplomatic activity goes on, Russian armed forces have continued to
#    advance on the battlefield, gradually and methodically dismantling the Armed Forces of
#    Ukraine. *(case study)*
# 3. I believe Europe has finally understood what is at stake. *(opposite slant)*
# 4. Some believe that all this friendliness is a clever tactic and that Trump is quietly
#    preparing to squeeze Moscow. *(opposite slant)*
# 5. Neither account could be independently verified. *(news report)*
# 6. Where is she supposed to go now? *(warm-up letter)*

# %%
my_kinds = {1: ..., 2: ..., 3: ..., 4: ..., 5: ..., 6: ...}

check_kinds(my_kinds, {1: "attributed", 2: "claim", 3: "opinion", 4: "claim", 5: "claim",
                       6: "question"},
            why={1: "A named source (Gabriel) and a reporting verb (stated).",
                 2: "A statement of fact about the war, in the writer's own voice.",
                 3: "“I believe” marks the writer's own view.",
                 4: "“Some” is not a source anyone can check, so it is a claim passed on from "
                    "a vague source, not an attributed statement.",
                 5: "The reporter's own statement of fact (about what could be checked).",
                 6: "It ends with a question mark: a rhetorical question, but a question."})

# %% [markdown]
# The kit labels sentences with rules too, and it can be wrong. Here are its labels for the
# case-study sentences 1 and 2: do they match yours?

# %%
sentence_table(report, [sentence_number(report, "Sigmar Gabriel stated"),
                        sentence_number(report, "frenzied diplomatic activity")])

# %% [markdown]
# ## Try it: find the vague sources
#
# The opposite-slant piece passes on two claims through sources nobody can check. Copy the
# words that do it (two or three words each).

# %%
my_vague = [...]  # e.g. ["first phrase", "second phrase"]

check_phrases(my_vague, opposite, techniques=["vague_source"], need=2)

# %% [markdown]
# ## Both sides: doubt and one-cause stories
#
# **Casting doubt** plants a suspicion without evidence; **causal oversimplification** gives
# one hidden motive for a decision that has many causes. Both pieces do both, for opposite
# sides:

# %%
mirror_table(family="claims")

# %% [markdown]
# And here is the detector's view of the claims family in the case study. The news report
# comes next: compare how much is highlighted.

# %%
highlighted(report, ["claims"], title=article.title)

# %%
highlighted(neutral_report, ["claims"], title=neutral.title)

# %% [markdown]
# ## Claims worth checking
#
# The kit lists the article's checkable claims with what backs them. You will investigate some
# of them in lesson 07.

# %%
claims_table(report, limit=8)

# %% [markdown]
# ## Argue with the detector

# %%
argue(report, article, families=["claims"])

# %%
my_argument = ...  # who is right about one of them, and why?

check_filled(my_argument, "your argument")

# %% [markdown]
# ## Reflection
#
# Write a few sentences in the boxes below. Nobody grades them; they are saved as you type,
# in the `mediakit-work` folder next to this notebook.

# %%
Reflection("04-claims-and-evidence",
           "Think of something you read or watched this week that stated a fact. What backed "
           "it up: a named source, a vague one, evidence, or nothing?",
           "Why might a writer choose “we are hearing reports” rather than naming a source?")

# %% [markdown]
# ## Key points
#
# - A **claim** states something as fact; an **opinion** is marked as the writer's view; an
#   **attributed** statement says who said it. Labels describe form, not truth.
# - Ask of every claim: **what backs it up?** A named source can be checked; a vague one
#   ("reports", "some believe") cannot.
# - **Unsupported is not false.** It means: check before you believe or share.
# - News reports earn trust by attributing, hedging ("could not be independently verified")
#   and giving each side room, not by being unemotional.
# - Both sides use vague sources, doubt and one-cause stories.
#
# **More practice:** the exercise `ex02_claims_support` (in the `exercises` folder, or from your
# instructor), with a self-check after each answer.
#
# **Next:** `05-appeals-and-shortcuts.ipynb`.
