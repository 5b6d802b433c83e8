#!/usr/bin/python3
"""PyTorch-eager reference for bench_ml (design.md section 8).

A minimal, faithful VideoMAE pre-training step written the way the official
code (MCG-NJU/VideoMAE modeling_pretrain.py, engine_for_pretraining.py) writes
it: Conv3d tubelet embedding of every token, fixed sinusoid positions, pre-norm
blocks with q_bias/v_bias and exact GELU, the narrow decoder over visible plus
mask tokens, the normalised-pixel loss, AdamW (betas 0.9/0.95, weight decay on
matrices only). Tube masks with ratio 0.9. Runs in float32, as the design's
reference figure does.

bench_ml runs this with the thread counts of its own measurement: OpenBLAS's
through OPENBLAS_NUM_THREADS (read when the library loads, so it must be in
the environment before torch is imported) and intra-op through --threads.

Needs Debian's python3-torch (same LibTorch 1.13 as the C++ build):
    apt install python3-torch; /usr/bin/python3 videomae_reference.py
Prints one line: "reference_ms_per_step <median>".
"""

import argparse
import math
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

PRESETS = {
    # embed_dim, depth, heads, decoder_dim, decoder_depth, decoder_heads
    "vit-tiny": (192, 12, 3, 96, 4, 3),
    "vit-small": (384, 12, 6, 192, 4, 3),
    "vit-base": (768, 12, 12, 384, 4, 6),
}
IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)


def sinusoid_table(n_position, d_hid):
    pos = torch.arange(n_position, dtype=torch.float64).unsqueeze(1)
    j = torch.arange(d_hid, dtype=torch.float64)
    angle = pos / torch.pow(10000.0, torch.floor(j / 2) * 2 / d_hid)
    table = torch.empty_like(angle)
    table[:, 0::2] = torch.sin(angle[:, 0::2])
    table[:, 1::2] = torch.cos(angle[:, 1::2])
    return table.float().unsqueeze(0)


class Attention(nn.Module):
    def __init__(self, dim, heads):
        super().__init__()
        self.heads = heads
        self.scale = (dim // heads) ** -0.5
        self.qkv = nn.Linear(dim, dim * 3, bias=False)
        self.q_bias = nn.Parameter(torch.zeros(dim))
        self.v_bias = nn.Parameter(torch.zeros(dim))
        self.proj = nn.Linear(dim, dim)

    def forward(self, x):
        B, N, C = x.shape
        bias = torch.cat((self.q_bias, torch.zeros_like(self.v_bias), self.v_bias))
        qkv = F.linear(x, self.qkv.weight, bias)
        qkv = qkv.reshape(B, N, 3, self.heads, -1).permute(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        attn = ((q * self.scale) @ k.transpose(-2, -1)).softmax(dim=-1)
        return self.proj((attn @ v).transpose(1, 2).reshape(B, N, C))


class Block(nn.Module):
    def __init__(self, dim, heads):
        super().__init__()
        self.norm1 = nn.LayerNorm(dim, eps=1e-6)
        self.attn = Attention(dim, heads)
        self.norm2 = nn.LayerNorm(dim, eps=1e-6)
        self.fc1 = nn.Linear(dim, 4 * dim)
        self.fc2 = nn.Linear(4 * dim, dim)

    def forward(self, x):
        x = x + self.attn(self.norm1(x))
        return x + self.fc2(F.gelu(self.fc1(self.norm2(x))))


class VideoMAEPreTraining(nn.Module):
    def __init__(self, preset, img_size, frames, tubelet=2, patch=16):
        super().__init__()
        d, depth, heads, dd, ddepth, dheads = PRESETS[preset]
        self.tubelet, self.patch = tubelet, patch
        n = (frames // tubelet) * (img_size // patch) ** 2
        self.patch_embed = nn.Conv3d(3, d, (tubelet, patch, patch), stride=(tubelet, patch, patch))
        self.register_buffer("pos_embed", sinusoid_table(n, d))
        self.blocks = nn.ModuleList(Block(d, heads) for _ in range(depth))
        self.norm = nn.LayerNorm(d, eps=1e-6)
        self.encoder_to_decoder = nn.Linear(d, dd, bias=False)
        self.mask_token = nn.Parameter(torch.zeros(1, 1, dd))
        self.register_buffer("decoder_pos_embed", sinusoid_table(n, dd))
        self.decoder_blocks = nn.ModuleList(Block(dd, dheads) for _ in range(ddepth))
        self.decoder_norm = nn.LayerNorm(dd, eps=1e-6)
        self.head = nn.Linear(dd, 3 * tubelet * patch * patch)
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.xavier_uniform_(m.weight)
                if m.bias is not None:
                    nn.init.zeros_(m.bias)
        nn.init.trunc_normal_(self.mask_token, std=0.02)

    def forward(self, video, mask):
        x = self.patch_embed(video).flatten(2).transpose(1, 2) + self.pos_embed
        B, _, C = x.shape
        x = x[~mask].reshape(B, -1, C)
        for blk in self.blocks:
            x = blk(x)
        x = self.encoder_to_decoder(self.norm(x))
        pos = self.decoder_pos_embed.expand(B, -1, -1)
        pos_vis = pos[~mask].reshape(B, -1, x.shape[-1])
        pos_mask = pos[mask].reshape(B, -1, x.shape[-1])
        x = torch.cat([x + pos_vis, self.mask_token + pos_mask], dim=1)
        for blk in self.decoder_blocks:
            x = blk(x)
        return self.head(self.decoder_norm(x[:, -pos_mask.shape[1]:]))

    def target(self, video, mask):
        with torch.no_grad():
            mean = torch.tensor(IMAGENET_MEAN).view(1, 3, 1, 1, 1)
            std = torch.tensor(IMAGENET_STD).view(1, 3, 1, 1, 1)
            v = video * std + mean
            B, C, T, H, W = v.shape
            t, p = self.tubelet, self.patch
            v = v.reshape(B, C, T // t, t, H // p, p, W // p, p).permute(0, 2, 4, 6, 3, 5, 7, 1)
            v = v.reshape(B, -1, t * p * p, C)
            v = (v - v.mean(dim=-2, keepdim=True)) / (v.var(dim=-2, unbiased=True, keepdim=True).sqrt() + 1e-6)
            v = v.flatten(2)
            return v[mask].reshape(B, -1, v.shape[-1])


def tube_masks(batch, slots, per_frame, ratio):
    n_mask = int(ratio * per_frame)
    rows = []
    for _ in range(batch):
        frame = torch.zeros(per_frame, dtype=torch.bool)
        frame[torch.randperm(per_frame)[:n_mask]] = True
        rows.append(frame.repeat(slots))
    return torch.stack(rows)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--preset", default="vit-small")
    parser.add_argument("--img-size", type=int, default=112)
    parser.add_argument("--frames", type=int, default=16)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--mask-ratio", type=float, default=0.9)
    parser.add_argument("--steps", type=int, default=6)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    model = VideoMAEPreTraining(args.preset, args.img_size, args.frames)
    decay = [p for n, p in model.named_parameters() if p.dim() > 1 and n != "mask_token"]
    no_decay = [p for n, p in model.named_parameters() if p.dim() <= 1 or n == "mask_token"]
    optimizer = torch.optim.AdamW(
        [{"params": decay, "weight_decay": 0.05}, {"params": no_decay, "weight_decay": 0.0}],
        lr=1.5e-4, betas=(0.9, 0.95))
    video = torch.randn(args.batch, 3, args.frames, args.img_size, args.img_size)
    slots, per_frame = args.frames // 2, (args.img_size // 16) ** 2

    def step():
        mask = tube_masks(args.batch, slots, per_frame, args.mask_ratio)
        loss = F.mse_loss(model(video, mask), model.target(video, mask))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        return loss.item()

    loss = step()  # warm-up
    times = []
    for _ in range(args.steps):
        t0 = time.perf_counter()
        loss = step()
        times.append((time.perf_counter() - t0) * 1000.0)
    if not math.isfinite(loss):
        raise SystemExit("reference diverged: loss %r" % loss)
    print("reference_ms_per_step %.1f" % statistics.median(times))


if __name__ == "__main__":
    main()
