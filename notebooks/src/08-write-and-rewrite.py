# Lesson source: edit this file, then run `python notebooks/build.py` to rebuild the notebook.

# %% [markdown]
# # Lesson 08 · Write and rewrite
#
# You learn a technique for good when you can take it out of a sentence, and when you can put it
# in on purpose. This lesson does both.
#
# **Objectives.** By the end of this lesson you can:
#
# - rewrite a loaded sentence so that it reports **the same facts** without the technique;
# - say what a rewrite cannot do (it cannot add evidence the writer never gave);
# - write a sentence that uses a chosen technique, and see whether the detector spots it;
# - explain how small word choices change what a reader takes away.
#
# **Minutes:** about 40.
#
# **What you need:** lessons 00 to 06 (07 helps).
#
# **Where this fits:** the writing lesson. Lesson 09 applies everything to a text you choose.

# %%
from mediakit import analyze, texts
from mediakit.lessons import (
    Reflection,
    check_produced,
    check_rewrite,
    compare_prediction,
    findings_list,
    reveal,
)
from mediakit.widgets import RewriteLab

article = texts.case_study()

# %% [markdown]
# ## Worked example: neutralising a sentence
#
# > Shortly after yesterday's conversation between Trump and Putin, Volodymyr Zelensky rushed
# > to state that Ukraine absolutely rejects the Russian proposal.
#
# 1. **List the facts.** After the call, Zelensky said that Ukraine rejects the Russian
#    proposal.
# 2. **Find the words that judge.** *rushed* (hasty, reflexive), *absolutely* (total, closed).
# 3. **Swap them for plain words, or drop them.** *rushed to state* → *said*; drop
#    *absolutely*.
# 4. **Check nothing was lost or added.** Same people, same event, same position. You cannot
#    add "in its current form" unless you know it from a source (the news report says it).
#
# Result: *After the call with Putin, Volodymyr Zelensky said that Ukraine rejects the Russian
# proposal.* The check below runs the detector on both versions and makes sure the facts
# survived.

# %%
original = ("Shortly after yesterday’s conversation between Trump and Putin, Volodymyr "
            "Zelensky rushed to state that Ukraine absolutely rejects the Russian proposal.")
model = ("After the call with Putin, Volodymyr Zelensky said that Ukraine rejects the Russian "
         "proposal.")
check_rewrite(original, model, keep=["Zelensky", "reject", "proposal"])

# %% [markdown]
# ## Predict, then reveal
#
# Suppose you only swap *rushed to state* for *stated* and keep *absolutely*. Will the detector
# still find a technique in the sentence? Write `"yes"` or `"no"`.

# %%
my_prediction = ...  # "yes" or "no"

# %%
half_done = ("Shortly after yesterday’s conversation between Trump and Putin, Volodymyr "
             "Zelensky stated that Ukraine absolutely rejects the Russian proposal.")
found = analyze(half_done).findings
reveal(my_prediction,
       compare_prediction(my_prediction, "yes" if found else "no", options=("yes", "no"),
                          note="Whatever the detector says: does “absolutely” still push you?"),
       findings_list(half_done))

# %% [markdown]
# ## Try it: neutralise, on both sides
#
# Three sentences: one from each opinion piece and one from the warm-up letter. Write a neutral
# version of each that keeps the facts. A neutral rewrite cannot invent sources: if a claim has
# none, you may mark it as a claim ("the writer says…", "it is claimed that…") or hedge it.
#
# **1. Opposite slant:** "While Washington and Moscow trade compliments, Russian missiles keep
# falling on apartment blocks, hospitals and playgrounds, and Russia's offensive crawls forward
# at a staggering cost in lives."

# %%
sentence_1 = ("While Washington and Moscow trade compliments, Russian missiles keep falling on "
              "apartment blocks, hospitals and playgrounds, and Russia’s offensive crawls "
              "forward at a staggering cost in lives.")
my_rewrite_1 = ...  # your neutral version, in quotes

check_rewrite(sentence_1, my_rewrite_1,
              keep=["missile", ("Russia", "Russian"), ("offensive", "advance", "attack")])

# %% [markdown]
# **2. Case study:** "That includes also the United States, which has fought endless wars for
# this empire to the detriment of the American people, their prosperity and their military
# power."

# %%
sentence_2 = ("That includes also the United States, which has fought endless wars for this "
              "empire to the detriment of the American people, their prosperity and their "
              "military power.")
my_rewrite_2 = ...  # your neutral version, in quotes

check_rewrite(sentence_2, my_rewrite_2,
              keep=[("United States", "U.S.", "America"), "war"])

# %% [markdown]
# **3. Warm-up letter:** "Closing it would destroy summer for every child in Millbrook."

# %%
sentence_3 = "Closing it would destroy summer for every child in Millbrook."
my_rewrite_3 = ...  # your neutral version, in quotes

check_rewrite(sentence_3, my_rewrite_3,
              keep=[("clos", "shut"), ("child", "kid", "young"), ("summer", "swim", "pool")])

# %% [markdown]
# ## The rewrite lab
#
# Pick any flagged sentence of the case study and rewrite it; the feedback updates as you type.
# Switch to **Produce** to write sentences that use a technique. Your work is saved in
# `mediakit-work/rewrite-trump_putin_call.json`.

# %%
RewriteLab(article)

# %% [markdown]
# ## Try it: produce a technique
#
# Now the other direction. Choose a topic that has nothing to do with the war: school uniforms,
# a new skate park, a football transfer. Write a sentence that uses a **black-and-white
# fallacy** (only two options, when there are more), then one that uses **bandwagon**.
#
# If the detector does not spot it, decide who is wrong: did your sentence really use the
# technique, or do the detector's rules miss it?

# %%
my_black_and_white = ...  # a sentence in quotes

check_produced(my_black_and_white, "black_and_white")

# %%
my_bandwagon = ...  # a sentence in quotes

check_produced(my_bandwagon, "bandwagon")

# %% [markdown]
# ## Reflection
#
# Write a few sentences in the boxes below. Nobody grades them; they are saved as you type,
# in the `mediakit-work` folder next to this notebook.

# %%
Reflection("08-write-and-rewrite",
           "When you took the technique out of a sentence, was anything lost that mattered to "
           "the argument? Or only the push?",
           "How easy was it to produce a technique on purpose? What does that tell you about "
           "how often you meet them?")

# %% [markdown]
# ## Key points
#
# - A neutral rewrite keeps **every fact** and drops the words that judge, inflate or push.
# - A rewrite cannot add evidence: an unsupported claim stays unsupported, however calmly put.
# - Neutral does not mean dull or timid: precise verbs and numbers carry more than loaded ones.
# - Techniques are easy to produce, which is why they are everywhere, and why naming them helps.
# - The detector's rules are not the definition of a technique: when it misses your sentence,
#   reason about who is right.
#
# **More practice:** the exercise `ex05_analysis_new_text` (in the `exercises` folder, or from your
# instructor), with a self-check after each answer.
#
# **Next:** `09-your-own-text.ipynb`.
