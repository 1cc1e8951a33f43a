# Lesson source: edit this file, then run `python notebooks/build.py` to rebuild the notebook.
# ruff: noqa: E501  (Markdown table rows cannot be wrapped)

# %% [markdown]
# # Lesson 07 · Investigate claims: read laterally
#
# Spotting an unsupported claim is half the job. The other half is finding out whether it holds
# up. Fact-checkers do not read a doubtful page more closely; they **leave it** and see what
# other sources say. That is *lateral reading*.
#
# **Objectives.** By the end of this lesson you can:
#
# - choose claims worth checking, and say exactly what each one claims;
# - check a claim with four moves: **Stop, Investigate the source, Find better coverage,
#   Trace the claim**;
# - write short, specific search queries;
# - record what you found and a verdict **about the evidence**, not about which side is right.
#
# **Minutes:** about 45 (plus time for searching).
#
# **What you need:** lessons 00 to 06. For the searches, a web browser with internet. The kit
# itself works offline; if you have no internet in class, plan your searches here and run them
# later, or use sources your instructor brings.
#
# **Where this fits:** it follows up the claims you found in lesson 04. Lesson 08 turns to
# writing.

# %%
from mediakit import analyze, texts
from mediakit.lessons import (
    Reflection,
    check_number,
    check_queries,
    claims_table,
    reveal,
    table,
)
from mediakit.widgets import ClaimInvestigation

article = texts.case_study()
report = analyze(article.text)

# %% [markdown]
# ## Four moves
#
# | Move | What you do |
# |---|---|
# | **Stop** | Before reacting or sharing: what exactly is claimed, and how does the text want you to feel about it? |
# | **Investigate the source** | Who published this, who is quoted? Look *them* up elsewhere: expertise, record, interests. |
# | **Find better coverage** | What do other reliable outlets, fact-checkers, reference works or official records say? |
# | **Trace the claim** | Where does it come from first (a document, a speech, a study)? Is it quoted accurately and in context? |
#
# These moves follow Mike Caulfield's *SIFT*.
#
# **A warning about this kit's own texts.** The opposite-slant piece and the news report were
# written for the kit, and **their quotations and the views they give to real people were
# invented for teaching**. Do not try to verify them: you will not find them, and that is by
# design. Check claims from the **case study**, or from a text you bring yourself (lesson 09).

# %% [markdown]
# ## Predict, then reveal
#
# The case study says that an alliance between Russia and the United States "would not be her
# first alliance, but the third one: the first was during U.S. Civil War and the second was
# during World War II."
#
# Before you look anything up: how accurate do you think the claim about the **Civil War** is,
# from 0 (plainly false) to 100 (plainly true)?

# %%
my_estimate = ...  # a number from 0 to 100

# %% [markdown]
# ## Worked example: "the first was during U.S. Civil War"
#
# Run the cell to see how a lateral reader might work through this claim. Your own searches
# may turn up more; check the details yourself.

# %%
reveal(my_estimate, table("A model investigation", ("Move", "What a lateral reader does here"), [
    ("Stop", "The claim is that Russia and the United States were allies during the US Civil "
             "War (1861–65). The text uses it to make a Russian–American alliance sound "
             "natural, even traditional."),
    ("Investigate the source", "The article is unsigned and gives no source for its history, so "
                               "there is nobody to look up: go straight to other coverage."),
    ("Find better coverage", "Search short and specific: “Russian fleet 1863 New York”, “Russia "
                             "Union Civil War alliance”. Prefer encyclopaedias, university and "
                             "museum pages, historians."),
    ("Trace the claim", "What you are likely to find: in 1863 Russian navy squadrons spent months "
                        "in New York and San Francisco, and many Americans took the visit as "
                        "support for the Union. Historians usually explain it by Russia's own "
                        "interests (keeping its fleet from being trapped in port if war broke "
                        "out with Britain and France), and no treaty of alliance was signed."),
    ("Verdict about the evidence", "Partly supported, missing context: there was friendship and "
                                   "a much-celebrated visit, but “alliance” overstates it. (The "
                                   "Second World War alliance is well documented.)"),
]), check_number(my_estimate, 45, close=20,
                what="on the scale, roughly where “partly supported” sits"))

# %% [markdown]
# Notice what the verdict is about: **the evidence for this claim**. It says nothing about
# whether Russia and the United States *should* be allies today. That is a question of values,
# and no search will settle it.
#
# ## Try it: write search queries
#
# The case study says that "we are increasingly hearing reports of mass surrenders, commander
# turnover,and also mutinies among Ukrainian troops". Write **two or three short search
# queries** you would use to check it. Tips: the key words, not the whole sentence; a name, a
# place or a date; one query about the claim, one about who is spreading it.

# %%
my_queries = [...]  # e.g. ["first query", "second query"]

check_queries(my_queries,
              "we are increasingly hearing reports of mass surrenders, commander turnover, and "
              "also mutinies among Ukrainian troops")

# %% [markdown]
# The opposite-slant piece makes the mirror claim: "whole Russian battalions wiped out in a
# single day, … mass desertions". It was written for the kit, so there is nothing to find about
# *this* text; but if you met that claim in a real article, how would you check it? Write your
# queries the same way.

# %%
my_queries_2 = [...]

check_queries(my_queries_2,
              "whole Russian battalions wiped out in a single day, of mass desertions")

# %% [markdown]
# ## Investigate the article's claims
#
# Here are claims from the case study worth checking. Choose **two**: one you expect to hold
# up, and one you doubt. Then use the investigation activity below: for each claim, tick the
# moves you made, write what you found (with the sources), and give a verdict. Your notes are
# saved as you type (`mediakit-work/investigate-trump_putin_call.json`); **Export** writes a
# short report you can hand in.

# %%
claims_table(report, limit=12)

# %%
ClaimInvestigation(article)

# %% [markdown]
# ## Reflection
#
# Write a few sentences in the boxes below. Nobody grades them; they are saved as you type,
# in the `mediakit-work` folder next to this notebook.

# %%
Reflection("07-investigate-claims",
           "Did a claim you were sure about turn out differently? What made you sure before "
           "you checked?",
           "When is “could not check it” the honest verdict? Is it a failure?")

# %% [markdown]
# ## Key points
#
# - Do not read a doubtful page harder: **leave it** and see what others say (lateral reading).
# - Four moves: **Stop**, **Investigate the source**, **Find better coverage**, **Trace the
#   claim**.
# - Short, specific queries beat pasting the claim: searching the writer's words finds the
#   writer's allies.
# - A verdict is about the **evidence** for a claim, not about which side is right.
#   "Partly supported" and "could not check it" are honest verdicts.
# - The kit's contrast texts contain invented quotations, made for teaching: check real texts.
#
# **Next:** `08-write-and-rewrite.ipynb`.
