# Lesson source: edit this file, then run `python notebooks/build.py` to rebuild the notebook.
# ruff: noqa: B018  (a bare name at the end of a cell displays it, as in any notebook)

# %% [markdown]
# # Lesson 09 · Your own text
#
# Time to use everything on a text **you** choose: an editorial, a news story, a campaign
# leaflet, a product review, a post that made you angry.
#
# **Objectives.** By the end of this lesson you can:
#
# - load any text into the kit (upload a file or paste it) and analyse it;
# - predict what you will find, then check, as in every lesson;
# - read the detector's findings critically: keep what holds, argue with what does not;
# - write a short, fair judgement of the text and export a report you can share.
#
# **Minutes:** about 30.
#
# **What you need:** lessons 00 to 08, and a text: a plain-text file (.txt, saved as UTF-8) or
# text you can copy and paste. Keep it to one article.
#
# **Where this fits:** the last lesson. After it, you can analyse any text on your own, here
# or with the command line (`mediakit analyze article.txt --format html --out report.html`).

# %%
from mediakit import analyze
from mediakit.lessons import (
    FAMILY_CHOICES,
    Reflection,
    TextLoader,
    check_filled,
    check_summary,
    compare_prediction,
    export_report,
    profile_chart,
    reveal,
    top_families,
)
from mediakit.widgets import Explorer

# %% [markdown]
# ## Choose a text
#
# A few things to think about first:
#
# - **Pick something that matters to you**, from any side of any question. The kit is as
#   useful on a text you agree with as on one you do not (often more).
# - **Respect copyright and privacy.** The analysis stays on this computer. Do not paste
#   private messages or other people's personal details.
# - Paste only the article: leave out menus, adverts and comments.
#
# Upload a file or paste the text, give it a short title, then run the next cell.

# %%
loader = TextLoader()
loader

# %%
chosen = loader.chosen()
report = analyze(chosen.text)
chosen

# %% [markdown]
# If the cell says "stand-in text", the lesson is using the warm-up letter until you give it
# yours: upload or paste above, then run the cell again (and the cells after it).
#
# ## Worked example: a fair judgement
#
# Here is a judgement of the warm-up letter from lesson 01, written the way you will write
# yours. It says what the text argues, what is checkable, which techniques carry it, where the
# detector helped or erred, and what the reader should do next. It does **not** say whether
# the pool should stay open.
#
# > The letter argues that Millbrook should keep its pool open. Its facts (the vote, the repair
# > cost, the ticket sales, the meeting date) are specific and checkable, and the ticket figure
# > cites the town's annual report. Most of its force comes from techniques rather than
# > evidence: loaded language ("shameful"), exaggeration ("destroy summer for every child"), a
# > bandwagon ("Don't be the only family…"), an appeal to pity (Rose) and a false choice between
# > the pool and giving up on children. I checked the detector's findings one by one: most
# > are fair, but I would not leave it to a program, since a phrase like "a handful of people"
# > has no charged word in it and still shrinks four elected councillors into a clique. Before
# > deciding, I would want to know what the road repairs are for and whether the pool could be
# > repaired in stages.

# %% [markdown]
# ## Predict, then reveal
#
# Read your text once. Which family do you expect the detector to find **most** of? Write
# `"loaded language"`, `"claims"`, `"appeals"` or `"shortcuts"`.

# %%
my_top_family = ...  # "loaded language", "claims", "appeals" or "shortcuts"

# %%
reveal(my_top_family,
       compare_prediction(my_top_family, top_families(report) or ["none"],
                          options=FAMILY_CHOICES),
       profile_chart(report, chosen.title),
       Explorer(report))

# %% [markdown]
# Go through the findings in the Explorer. For each, ask: **is it a fair catch?** Hide the mild
# ones with the strength buttons if there are many.
#
# ## Try it: argue with one finding
#
# Pick one finding you disagree with (a false alarm), or one thing the detector missed. Say
# which, and why, in one or two sentences.

# %%
my_disagreement = ...  # one or two sentences, in quotes

check_filled(my_disagreement, "your argument")

# %% [markdown]
# ## Try it: write your judgement
#
# Three to six sentences, like the worked example: what the text argues; what is checkable
# and what is not; which techniques carry it; where the detector helped or erred; what you
# would check before making up your mind. Use triple quotes for several lines.

# %%
my_judgement = ...  # """your judgement, in triple quotes"""

check_summary(my_judgement)

# %% [markdown]
# ## Export your report
#
# This writes a single web page next to this notebook, named after your title: the text with
# every finding highlighted, the summary, charts, the sentence labels and the claims to check.
# It works offline and can be printed or e-mailed. Running the cell again replaces it. (With
# the stand-in letter, nothing is saved: give your own text first.)

# %%
export_report(report, chosen)

# %% [markdown]
# ## Reflection
#
# Write a few sentences in the boxes below. Nobody grades them; they are saved as you type,
# in the `mediakit-work` folder next to this notebook.

# %%
Reflection("09-your-own-text",
           "What did the analysis show you about your text that you had not seen on your own?",
           "Where will you use this next: which kind of text do you want to read more "
           "carefully?")

# %% [markdown]
# ## Key points
#
# - The routine works on any text: **predict, analyse, argue with the detector, judge,
#   check.**
# - A fair judgement names techniques and weighs evidence; it does not have to take a side.
# - The detector is a second reader with known blind spots, not a verdict.
# - You can analyse any file from the command line too: `mediakit analyze article.txt --format
#   html --out report.html`.
#
# **Well done: that is the whole course.** Your work is in `mediakit-work/`, your report next to
# this notebook. For more practice, ask your instructor for the exercises.
